package de.aufnahmelotse.municipalities;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real Destatis files in ../shared/data (never copied into the repository), loaded once per test run. */
public final class SharedData {
    public static final Path GEMEINDEN = Path.of("../shared/data/gemeindeverzeichnis-destatis-2019.csv");
    public static final Path KREISE = Path.of("../shared/data/kreise-destatis-2018.csv");
    /** The Excel files as Destatis publishes them (the embedded default is a copy of these three). */
    public static final Path GEMEINDEN_2023 = Path.of("../shared/data/gemeindeverzeichnis-destatis-2023.xlsx");
    public static final Path GEMEINDEN_2013 = Path.of("../shared/data/gemeindeverzeichnis-destatis-2013.xlsx");
    public static final Path KREISE_2021 = Path.of("../shared/data/kreise-destatis-2021.xlsx");
    private static MunicipalityDirectory directory;
    private static MunicipalityDirectory directory2023;

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

    /** The 2023 Excel directory with the 2021 districts and the 2013 directory, read from ../shared/data. */
    public static synchronized MunicipalityDirectory directory2023() {
        if (directory2023 == null) {
            if (!Files.isReadable(GEMEINDEN_2023)) {
                throw new IllegalStateException("the shared data file is missing: " + GEMEINDEN_2023.toAbsolutePath());
            }
            directory2023 = MunicipalityDirectory.load(new MunicipalityDirectory.Config(
                    DirectoryInput.of(GEMEINDEN_2023), DirectoryInput.of(KREISE_2021), DirectoryInput.of(GEMEINDEN_2013),
                    null, 0, false));
        }
        return directory2023;
    }
}
