package org.demarche.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;
import org.demarche.cli.input.ArticleReader;
import org.demarche.cli.input.InputLimits;
import org.demarche.cli.input.Item;
import org.demarche.server.DemarcheServer;
import org.demarche.server.ServerOptions;
import org.demarche.store.IngestResult;
import org.demarche.store.Ingester;
import org.demarche.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarche serve}: the REST API and the web UI over a knowledge base, optionally ingesting first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge base: the web UI at / and the REST API under /api (OpenAPI document at"
                + " /api/openapi.json). Listens on loopback only unless --host says otherwise; then merge and split"
                + " corrections need a token (--token or $DEMARCHE_TOKEN). Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The knowledge base directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("demarche-data");

    @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--host", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = ServerOptions.LOOPBACK;

    @Option(names = "--token", description = "The bearer token corrections need (default: $DEMARCHE_TOKEN; required"
            + " beyond loopback).")
    String token;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Ingest these inputs first (the same inputs as extract and ingest).")
    List<String> ingest;

    @Override
    public Integer call() throws InterruptedException {
        String corrections = token != null ? token : System.getenv("DEMARCHE_TOKEN");
        if (corrections == null && !ServerOptions.isLoopback(host)) {
            System.err.println("demarche: listening on " + host + " reaches beyond this machine, so corrections need"
                    + " a token: give --token or set DEMARCHE_TOKEN.");
            return 2;
        }
        ServerOptions options = new ServerOptions(host, port, corrections);
        KnowledgeBase kb = KnowledgeBase.open(data);
        int status = ingest == null ? 0 : ingest(kb, ingest);
        DemarcheServer server;
        try {
            server = DemarcheServer.start(kb, options);
        } catch (RuntimeException e) {
            kb.close();
            if (hasCause(e, BindException.class)) {
                System.err.println("demarche: cannot listen on " + host + ":" + port + " (in use?); try --port.");
                return 2;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            kb.close();
            stopped.countDown();
        }, "demarche-shutdown"));
        System.err.println("demarche: serving " + data + " at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/" + (status != 0 ? " (some inputs failed to ingest, see above)" : "")
                + "; Ctrl-C stops.");
        stopped.await();
        return status;
    }

    /** Ingests {@code paths} on this thread: one line per input that fails, a summary line; 1 when any failed. */
    private static int ingest(KnowledgeBase kb, List<String> paths) {
        int[] failed = {0};
        Ingester ingester = kb.ingester((id, reason) -> {
            System.err.println("demarche: " + id + ": " + reason);
            failed[0]++;
        });
        IngestResult result;
        try (ArticleReader reader = new ArticleReader(paths, InputLimits.DEFAULT, System.in)) {
            Stream<RawArticle> articles = Stream.iterate(reader, ArticleReader::hasNext, r -> r)
                    .map(ArticleReader::next)
                    .<RawArticle>mapMulti((item, out) -> {
                        switch (item) {
                            case Item.Article article -> out.accept(article.article());
                            case Item.Failure failure -> {
                                System.err.println("demarche: " + failure.source() + ": " + failure.reason());
                                failed[0]++;
                            }
                        }
                    });
            result = ingester.ingest(articles);
        }
        System.err.printf("demarche: ingested %d new, %d replaced, %d unchanged, %d failed%n",
                result.added(), result.replaced(), result.unchanged(), result.failed());
        return failed[0] > 0 ? 1 : 0;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
