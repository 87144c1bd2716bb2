package de.aufnahmelotse.municipalities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A directory file to read: the name it is reported under (path, or the embedded copy's name) and how to open it.
 * The format (Excel .xlsx or CSV) is told from the content, not from the name.
 */
public record DirectoryInput(String name, Opener opener) {
    /** Opens the file's bytes; called once per read. */
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static DirectoryInput of(Path path) {
        return new DirectoryInput(path.toString(), () -> Files.newInputStream(path));
    }

    /** A file inside the jar (the embedded default), e.g. {@code data/gemeindeverzeichnis-destatis-2023.xlsx}. */
    public static DirectoryInput embedded(String resource) {
        return new DirectoryInput("embedded:" + resource, () -> {
            InputStream in = DirectoryInput.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new java.nio.file.NoSuchFileException(resource);
            }
            return in;
        });
    }

    /** The bare file name (for the reference date read from it). */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf(':')));
        return name.substring(slash + 1);
    }
}
