package org.demarche.cli;

import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.demarche.readers.InputCount;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.server.DemarcheServer;
import org.demarche.server.ServerOptions;
import org.demarche.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarche serve}: the REST API and the web UI over a knowledge base, optionally ingesting first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge base: the web UI at / and the REST API under /api (OpenAPI document at"
                + " /api/openapi.json). Listens on loopback only unless --host says otherwise; then merge and split"
                + " corrections need a token (--token or $DEMARCHE_TOKEN). Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir store;

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
        int status = 0;
        if (ingest != null) {
            boolean terminal = Progress.onTerminal();
            status = IngestCommand.ingest(ingest, System.in, System.err, store, Runtime.getRuntime().availableProcessors(),
                    null, Taxonomy.defaults(), new Progress(System.err, terminal, terminal ? InputCount.of(ingest) : -1));
        }
        KnowledgeBase kb = store.openOrCreate();
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
        System.err.println("demarche: serving " + store.describe() + " at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/" + (status != 0 ? " (some inputs failed to ingest, see above)" : "")
                + "; Ctrl-C stops.");
        stopped.await();
        return status;
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
