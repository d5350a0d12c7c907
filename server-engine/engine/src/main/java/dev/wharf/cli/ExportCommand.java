package dev.wharf.cli;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.lint.PoolMath;
import dev.wharf.config.profile.ProfileDocument;
import dev.wharf.config.profile.ProfileException;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.export.ProductionLint;
import dev.wharf.export.kubernetes.KubernetesManifests;
import dev.wharf.export.systemd.SystemdUnits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wharf export systemd|kubernetes}: a profile as the files a production platform runs, after
 * the production lint has had its say.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        description = "Write a profile as systemd units or Kubernetes manifests, after the production lint.",
        subcommands = {ExportCommand.Systemd.class, ExportCommand.Kubernetes.class})
final class ExportCommand extends CommandGroup {

    /** What every export takes: the profile, the folder, and whether to write despite the lint. */
    static final class Common {
        @Option(
                names = "--profile",
                paramLabel = "FILE",
                description = "The profile to export. Default: " + ProfileFile.DEFAULT_NAME + " in the current folder.")
        Path profile = Path.of(ProfileFile.DEFAULT_NAME);

        @Option(
                names = {"-o", "--output"},
                paramLabel = "DIR",
                description = "The folder to write to. Default: the current folder.")
        Path output = Path.of(".");

        @Option(
                names = "--force",
                description = "Write even when the production lint refuses; its reasons are then printed as warnings.")
        boolean force;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The units' or objects' name. Default: the profile's name.")
        String name;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        ProfileDocument document() {
            try {
                return ProfileFile.read(profile);
            } catch (ProfileException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        Settings settings(ProfileDocument document) {
            try {
                return document.settings();
            } catch (InvalidSettingsException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        /** Prints the lint; {@code false} when it refuses and the export must not be written. */
        boolean passes(Settings settings) {
            ProductionLint lint =
                    ProductionLint.check(settings, Runtime.getRuntime().availableProcessors());
            PrintWriter err = spec.commandLine().getErr();
            for (String refusal : lint.refusals()) {
                err.println((force ? "warning (forced): " : "refused: ") + refusal);
            }
            for (String warning : lint.warnings()) {
                err.println("warning: " + warning);
            }
            if (lint.refused() && !force) {
                err.println("Nothing written: fix the profile " + profile + " (or give --force to write anyway).");
            }
            err.flush();
            return !lint.refused() || force;
        }

        /** Writes the files, each named on stdout. */
        void write(Map<String, String> files) throws IOException {
            Files.createDirectories(output);
            PrintWriter out = spec.commandLine().getOut();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.writeString(target, file.getValue());
                out.println("Wrote " + target);
            }
            out.flush();
        }

        /** The name units and objects get: the profile's name, made safe for either. */
        String name(ProfileDocument document) {
            if (name != null) {
                return name;
            }
            String base = document.name() != null
                    ? document.name()
                    : profile.getFileName().toString().replaceFirst("\\.json$", "");
            String safe =
                    base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
            return safe.isEmpty() ? "wharf" : safe;
        }
    }

    @Command(
            name = "systemd",
            mixinStandardHelpOptions = true,
            versionProvider = WharfVersion.class,
            description = {
                "Write NAME.service (wharf run with the profile's flags on the socket, --fd 3; stop timeout from "
                        + "the graceful shutdown; restart policy; hardening) and NAME.socket (the listening socket).",
                "Check them with: systemd-analyze verify NAME.socket NAME.service"
            })
    static final class Systemd implements Callable<Integer> {

        @Mixin
        Common common;

        @Option(
                names = "--wharf",
                paramLabel = "PATH",
                description = "The wharf command on the target machine. Default: ${DEFAULT-VALUE} (the .deb's).")
        String wharf = "/opt/wharf/bin/wharf-cli";

        @Override
        public Integer call() throws IOException {
            ProfileDocument document = common.document();
            Settings settings = common.settings(document);
            if (!common.passes(settings)) {
                return 2;
            }
            SystemdUnits units = new SystemdUnits(common.name(document), settings, wharf, common.profile.toString());
            Map<String, String> files = new LinkedHashMap<>();
            files.put(units.socketFileName(), units.socket());
            files.put(units.serviceFileName(), units.service());
            common.write(files);
            return 0;
        }
    }

    @Command(
            name = "kubernetes",
            mixinStandardHelpOptions = true,
            versionProvider = WharfVersion.class,
            description = {
                "Write NAME-deployment.yaml, NAME-service.yaml and NAME-pdb.yaml (fabric8's typed model) and "
                        + "NAME-NOTES.md: probes on the app's port, terminationGracePeriodSeconds above the graceful "
                        + "shutdown with a preStop pause, a CPU per worker, memory from the workers' heaps."
            })
    static final class Kubernetes implements Callable<Integer> {

        @Mixin
        Common common;

        @Option(
                names = "--image",
                paramLabel = "IMAGE",
                required = true,
                description = "The image with Wharf and the app.")
        String image;

        @Option(names = "--replicas", paramLabel = "N", description = "Pods. Default: ${DEFAULT-VALUE}.")
        int replicas = 2;

        @Option(
                names = "--probe-path",
                paramLabel = "PATH",
                description = "The path the probes request (200-399 is ready). Default: ${DEFAULT-VALUE}.")
        String probePath = "/";

        @Override
        public Integer call() throws IOException {
            if (replicas < 1) {
                throw new ParameterException(
                        common.spec.commandLine(), "--replicas " + replicas + " must be 1 or more.");
            }
            ProfileDocument document = common.document();
            Settings settings = common.settings(document);
            if (!common.passes(settings) || !replicasFitTheBudget(settings)) {
                return 2;
            }
            common.write(new KubernetesManifests(common.name(document), settings, image, replicas, probePath).files());
            return 0;
        }

        /** Every pod runs the profile's workers, each with its pool: the budget is shared by all replicas. */
        private boolean replicasFitTheBudget(Settings settings) {
            return PoolMath.of(settings, settings.get(WorkerOptions.WORKERS) * replicas)
                    .filter(PoolMath::overBudget)
                    .map(math -> {
                        PrintWriter err = common.spec.commandLine().getErr();
                        err.println((common.force ? "warning (forced): " : "refused: ") + replicas
                                + " replicas × " + settings.get(WorkerOptions.WORKERS) + " workers × "
                                + math.poolSize() + " connections = " + math.connections()
                                + ", over the database's budget of " + math.budget()
                                + ": lower --replicas, --workers or --db-pool-size, or raise the budget.");
                        err.flush();
                        return common.force;
                    })
                    .orElse(true);
        }
    }
}
