package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.demarche.Demarche;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, one case at a time and all together: each failing input gets exactly one line on stderr naming the
 * source (and line) and the reason, everything else is still extracted, a summary line counts ok and failed, and
 * the exit status is 1 when anything failed. Every fixture is written here, about made-up places and people.
 */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "\"The harbour of Port Salvin stays open,\" Foreign Minister Oren Vasku said on Monday.";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static String jsonLine(String id, String text) throws IOException {
        return JSON.createObjectNode().put("id", id).put("text", text).toString();
    }

    private static List<String> ids(Cli.Run r) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : r.outLines()) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    private static void assertNoStackTraces(Cli.Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    }

    @Test
    void everyBadFileInAFolderGetsOneLineAndTheGoodOnesAreExtracted() throws IOException {
        write("a-good.txt", GOOD);
        write("b-binary.txt", new byte[] {'V', 0, 'e', 0, 'l'});
        // Latin-1 without a declaration is recognised; UTF-8 with a stray Latin-1 byte is refused, not guessed.
        write("c-latin1.txt", "Line one is fine.\nThe caf\u00e9 is closed.\n".getBytes(StandardCharsets.ISO_8859_1));
        write("c-mixed.txt", concat("Z\u00fcrich and Gen\u00e8ve are fine.\n".getBytes(StandardCharsets.UTF_8),
                "The caf\u00e9 is closed.\n".getBytes(StandardCharsets.ISO_8859_1)));
        write("d-empty.txt", "");
        write("e-blank.txt", " \n\t\n");
        Path big = dir.resolve("f-huge.txt");
        try (Writer w = Files.newBufferedWriter(big)) {
            String paragraph = GOOD + " The talks with Velmora will go on, officials said.\n";
            for (long written = 0; written + paragraph.length() <= 50L * 1024 * 1024; written += paragraph.length()) {
                w.write(paragraph);
            }
        }
        assertThat(Files.size(big)).isBetween(49L * 1024 * 1024, 50L * 1024 * 1024);
        write("g-good.txt", "Velmoran envoy Ana Kessel said the border would reopen next week.");

        Cli.Run r = Cli.run("extract", dir.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("a-good", "c-latin1", "g-good");
        String d = dir.toString();
        assertThat(r.errLines()).containsExactly(
                "demarche: " + d + "/b-binary.txt: binary file (NUL byte at offset 1)",
                "demarche: " + d + "/c-mixed.txt:2: invalid UTF-8 (byte 0xE9 at offset 37; mixed encodings?)",
                "demarche: " + d + "/d-empty.txt: empty file",
                "demarche: " + d + "/e-blank.txt: empty file (only white space)",
                "demarche: " + d + "/f-huge.txt: too large for one article (50 MB; the limit is 10 MB)",
                "demarche: 3 articles extracted, 5 failed");
        assertNoStackTraces(r);
    }

    @Test
    void everyBadJsonLineGetsOneLineWithItsNumberAndTheOtherLinesAreExtracted() throws IOException {
        String hugeText = "Velmora and Ostrava signed the accord. ".repeat(21 * 512 * 1024 / 39); // 10.5 MB
        StringBuilder lines = new StringBuilder();
        lines.append(jsonLine("x1", GOOD)).append('\n');                        // 1 ok
        lines.append("{not json\n");                                           // 2
        lines.append(jsonLine("x3", hugeText)).append('\n');                   // 3 too long
        lines.append("{\"id\":\"x4\"}\n");                                     // 4 no text
        lines.append("{\"id\":\"x5\",\"text\":42}\n");                        // 5 text not a string
        lines.append("{\"id\":\"x6\",\"text\":\"one\"} {\"id\":\"x6b\"}\n");  // 6 two values
        lines.append("[\"x7\"]\n");                                            // 7 not an object
        lines.append("\n   \n");                                               // 8, 9 blank: skipped silently
        lines.append("{\"text\":\"No id here.\"}\n");                          // 10 no id
        lines.append("{\"id\":\"x11\",\"text\":\"  \"}\n");                    // 11 empty text
        byte[] head = lines.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"id\":\"x12\",\"text\":\"Caf\u00e9 talks\"}\n".getBytes(StandardCharsets.ISO_8859_1); // 12
        byte[] tail = (jsonLine("x13", "Ana Kessel said the envoy of Velmora had left.") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + latin1.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        System.arraycopy(tail, 0, all, head.length + latin1.length, tail.length);
        Path file = write("in.jsonl", all);

        Cli.Run r = Cli.run("extract", file.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("x1", "x13");
        String f = file.toString();
        List<String> err = r.errLines();
        assertThat(err).hasSize(10);
        assertThat(err.get(0)).startsWith("demarche: " + f + ":2: not valid JSON (column 2): Unexpected character ('n'");
        assertThat(err.subList(1, 10)).containsExactly(
                "demarche: " + f + ":3: line too long for one article (11 MB; the limit is 10 MB); skipped",
                "demarche: " + f + ":4: no \"text\" field",
                "demarche: " + f + ":5: \"text\" is not a string",
                "demarche: " + f + ":6: not valid JSON: more than one value on the line",
                "demarche: " + f + ":7: not a JSON object",
                "demarche: " + f + ":10: no \"id\" field",
                "demarche: " + f + ":11: empty \"text\"",
                "demarche: " + f + ":12: invalid UTF-8 (byte 0xE9 at byte 24 of the line)",
                "demarche: 2 articles extracted, 9 failed");
        assertNoStackTraces(r);
    }

    @Test
    void anEmptyOrBlankOrBinaryJsonLinesFileIsOneFailure() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path blank = write("blank.jsonl", "\n  \n\n");
        Path binary = write("binary.jsonl", new byte[] {'{', 0, 0, 0, '}', '\n', '{', 0, '}', '\n'});
        Cli.Run r = Cli.run("extract", empty.toString(), blank.toString(), binary.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "demarche: " + empty + ": empty file",
                "demarche: " + blank + ": no articles (only blank lines)",
                "demarche: " + binary + ": binary file (NUL byte at offset 1)",
                "demarche: 0 articles extracted, 3 failed");
    }

    @Test
    void pathsThatCannotBeReadAreNamedWithTheOperatingSystemsReason() throws IOException {
        Path good = write("good.txt", GOOD);
        Path missing = dir.resolve("missing.txt");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Path refs = write("refs.jsonl", "{\"id\":\"r1\",\"file\":\"notes\"}\n{\"id\":\"r2\",\"file\":\"absent.txt\"}\n"
                + "{\"id\":\"r3\",\"file\":\"good.txt\"}\n");

        Cli.Run r = Cli.run("extract", good.toString(), missing.toString(), dangling.toString(), loop.toString(),
                refs.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("good", "r3");
        assertThat(r.errLines()).containsExactly(
                "demarche: " + missing + ": no such file or directory",
                "demarche: " + dangling + ": broken symbolic link (its target " + dir.resolve("nowhere.txt") + " does not exist)",
                "demarche: " + loop + ": cannot read: too many levels of symbolic links (a link loop?)",
                "demarche: " + refs + ":1: file \"notes\": is a folder, not a text file",
                "demarche: " + refs + ":2: file \"absent.txt\": not found beside the JSON Lines file",
                "demarche: 2 articles extracted, 5 failed");
        assertThat(folder).isDirectory();
        assertNoStackTraces(r);
    }

    @Test
    void aFileTheSystemRefusesToReadIsAFailureLine() {
        // Running as root, permissions stop nothing; /proc/self/mem is a regular file whose read() fails with EIO.
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
        Cli.Run r = Cli.run("extract", mem.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("demarche: /proc/self/mem: cannot read: Input/output error",
                "demarche: 0 articles extracted, 1 failed");
    }

    @Test
    void insideAFolderBrokenLinksAndPipesAreReportedAndHiddenEntriesSkipped() throws Exception {
        write("corpus/a.txt", GOOD);
        write("corpus/.draft.txt", "not an article \u0000");
        write("corpus/.cache/b.txt", "not an article either \u0000");
        Path dangling = Files.createSymbolicLink(dir.resolve("corpus/b-link.txt"), dir.resolve("gone.txt"));
        Path pipe = dir.resolve("corpus/c-pipe.txt");
        assumeTrue(mkfifo(pipe), "needs mkfifo");
        // If the reader wrongly opened the pipe, this writer would let it through (to EOF) instead of hanging.
        Thread writer = unblockWriter(pipe);
        write("corpus/d.txt", "Velmoran envoy Ana Kessel said the border would reopen next week.");
        try {
            Cli.Run r = Cli.run("extract", dir.resolve("corpus").toString());
            assertThat(r.status()).isEqualTo(1);
            assertThat(ids(r)).containsExactly("a", "d");
            assertThat(r.errLines()).containsExactly(
                    "demarche: " + dangling + ": broken symbolic link (its target " + dir.resolve("gone.txt") + " does not exist)",
                    "demarche: " + pipe + ": not a regular file (a pipe, socket or device); skipped",
                    "demarche: 2 articles extracted, 2 failed");
        } finally {
            release(pipe, writer);
        }
    }

    @Test
    void aPipeNamedOnTheCommandLineIsReadAsAStream() throws Exception {
        Path pipe = dir.resolve("articles.jsonl");
        assumeTrue(mkfifo(pipe), "needs mkfifo");
        byte[] content = (jsonLine("p1", GOOD) + "\n{broken\n" + jsonLine("p3", "Ana Kessel said the talks had ended.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(content);
            } catch (IOException e) {
                // the reader went away; the assertions below will say so
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            Cli.Run r = Cli.run("extract", pipe.toString());
            assertThat(ids(r)).containsExactly("p1", "p3");
            assertThat(r.errLines()).hasSize(2);
            assertThat(r.errLines().get(0)).startsWith("demarche: " + pipe + ":2: not valid JSON");
            assertThat(r.status()).isEqualTo(1);
        } finally {
            release(pipe, writer);
        }
    }

    @Test
    void standardInputIsJsonLinesWhenItStartsWithABraceElsePlainText() throws IOException {
        byte[] lines = ("\n" + jsonLine("s1", GOOD) + "\n\"half\n" + jsonLine("s3", "Ana Kessel said the talks had ended.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Cli.Run r = Cli.extract(List.of("-"), new ByteArrayInputStream(lines));
        assertThat(ids(r)).containsExactly("s1", "s3");
        assertThat(r.errLines().get(0)).startsWith("demarche: stdin:3: not valid JSON");
        assertThat(r.status()).isEqualTo(1);

        Cli.Run text = Cli.extract(List.of("-"), new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));
        assertThat(text.status()).isZero();
        assertThat(text.err()).isEmpty();
        JsonNode article = JSON.readTree(text.out());
        assertThat(article.get("id").asText()).isEqualTo("stdin");
        assertThat(article.get("quotes").get(0).get("speaker").asText()).isEqualTo("Oren Vasku");

        InputStream huge = new ByteArrayInputStream("Velmora said yes. ".repeat(700_000).getBytes(StandardCharsets.UTF_8));
        Cli.Run tooLarge = Cli.extract(List.of("-"), huge);
        assertThat(tooLarge.errLines()).containsExactly("demarche: stdin: too large for one article (over the limit of 10 MB)",
                "demarche: 0 articles extracted, 1 failed");

        Cli.Run empty = Cli.extract(List.of("-"), InputStream.nullInputStream());
        assertThat(empty.errLines()).containsExactly("demarche: stdin: empty input", "demarche: 0 articles extracted, 1 failed");
    }

    @Test
    void anArticleThePipelineCannotHandleIsOneFailureLineAndTheRestGoesOn() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            lines.append(jsonLine("n" + i, "Minister Oren Vasku said talk number " + i + " went well.")).append('\n');
        }
        Path file = write("five.jsonl", lines.toString());
        Pipeline pipeline = Demarche.pipeline();
        BatchRunner.Analyser failsOnThree = article -> {
            if (article.id().equals("n3")) {
                throw new IllegalStateException("no rule for this text\n(second line of the message)");
            }
            if (article.id().equals("n4")) {
                throw new StackOverflowError();
            }
            return pipeline.annotate(article);
        };

        Cli.Run r = Cli.extract(List.of(file.toString()), InputStream.nullInputStream(), failsOnThree);

        assertThat(r.status()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("n1", "n2", "n5");
        assertThat(r.errLines()).containsExactly(
                "demarche: " + file + ":3: could not be analysed (IllegalStateException: no rule for this text); please report this",
                "demarche: " + file + ":4: could not be analysed (StackOverflowError); please report this",
                "demarche: 3 articles extracted, 2 failed");
    }

    @Test
    void aCleanRunSaysNothingOnStderrAndExitsZeroWithOutputInInputOrder() throws IOException {
        StringBuilder lines = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 700; i++) { // several windows of work on two threads
            String id = "doc-" + i;
            expected.add(id);
            String text = i % 7 == 0
                    ? ("\"Talks with Velmora continue,\" Minister Oren Vasku said. ").repeat(1 + i % 40)
                    : "Ana Kessel, the envoy of Ostrava, said number " + i + " was fine.";
            lines.append(jsonLine(id, text)).append('\n');
        }
        Path file = write("many.jsonl", lines.toString());
        Cli.Run r = Cli.run("extract", "--threads", "2", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(ids(r)).isEqualTo(expected);
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A writer that opens the pipe and closes it at once, so a reader that opens it sees an empty stream. */
    private static Thread unblockWriter(Path pipe) {
        AtomicReference<IOException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.flush();
            } catch (IOException e) {
                failure.set(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Lets a writer still blocked on opening the pipe finish, by opening the read end once. */
    private static void release(Path pipe, Thread writer) throws IOException, InterruptedException {
        if (writer.isAlive()) {
            try (FileInputStream in = new FileInputStream(pipe.toFile())) {
                in.readAllBytes();
            }
        }
        writer.join();
    }
}
