package de.aufnahmelotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.municipalities.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory options of the commands: a damaged Excel file stops them with one message; --no-directory. */
class DirectoryOptionsTest {

    @Test
    void a_damaged_excel_file_stops_serve_and_screen_with_one_message_naming_the_file(@TempDir Path dir)
            throws Exception {
        byte[] real = Files.readAllBytes(SharedData.GEMEINDEN_2023);
        Path cut = Files.write(dir.resolve("AuszugGV.xlsx"), java.util.Arrays.copyOf(real, real.length / 3));
        CliTest.Run serve = CliTest.run("serve", "--gemeinden", cut.toString(), "--rules", "rules", "--port", "0");
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains(cut + ", Blatt/sheet '-', Zeile/row 0: field '-'")
                .contains("not a readable Excel workbook").contains("not starting").doesNotContain("Exception:");
        CliTest.Run screen = CliTest.run("screen", "--gemeinden", cut.toString(), "--rules", "rules");
        assertThat(screen.exit()).isEqualTo(1);
        assertThat(screen.err()).contains(cut.toString()).contains("not a readable Excel workbook");
    }

    @Test
    void a_foreign_workbook_names_the_sheets_it_has(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("screen", "--gemeinden", SharedData.KREISE_2021.toString(), "--rules", "rules");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(SharedData.KREISE_2021.toString()).contains("field 'satzart'")
                .contains("sheets found: Deckblatt, Kreisfreie Städte u. Landkreise");
    }

    @Test
    void no_directory_excludes_a_file_and_screen_needs_a_directory() {
        CliTest.Run both = CliTest.run("serve", "--no-directory", "--gemeinden", "x.xlsx", "--rules", "rules",
                "--port", "0");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("--no-directory excludes --gemeinden/--kreise");
        CliTest.Run screen = CliTest.run("screen", "--no-directory", "--rules", "rules");
        assertThat(screen.exit()).isEqualTo(2);
        assertThat(screen.err()).contains("screen needs a municipality directory");
    }
}
