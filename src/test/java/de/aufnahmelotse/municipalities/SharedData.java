package de.aufnahmelotse.municipalities;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real Destatis files in ../shared/data (never copied into the repository), loaded once per test run. */
public final class SharedData {
    public static final Path GEMEINDEN = Path.of("../shared/data/gemeindeverzeichnis-destatis-2019.csv");
    public static final Path KREISE = Path.of("../shared/data/kreise-destatis-2018.csv");
    private static MunicipalityDirectory directory;

    private SharedData() {
    }

    public static synchronized MunicipalityDirectory directory() {
        if (directory == null) {
            if (!Files.isReadable(GEMEINDEN)) {
                throw new IllegalStateException("the shared data file is missing: " + GEMEINDEN.toAbsolutePath());
            }
            directory = MunicipalityDirectory.load(new MunicipalityDirectory.Config(GEMEINDEN, KREISE, null, 0));
        }
        return directory;
    }
}
