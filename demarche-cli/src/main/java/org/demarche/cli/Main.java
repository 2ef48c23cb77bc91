package org.demarche.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code demarche} command line. */
@Command(name = "demarche", mixinStandardHelpOptions = true, version = "demarche 0.1.0",
        description = "Who said what, when, where and about what: statements extracted from diplomatic news.",
        subcommands = {ExtractCommand.class, EvalCommand.class, EvalArticlesCommand.class, BenchCommand.class,
                TrainCommand.class, EvalGroupingCommand.class, EvalIdentitiesCommand.class, BenchKbCommand.class,
                IngestCommand.class, SearchCommand.class, PeopleCommand.class, ExportCommand.class, ServeCommand.class,
                GenerateCommand.class, GenerateWarcCommand.class, BenchReadCommand.class, LoadTestCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("demarche: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
