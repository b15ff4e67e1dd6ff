package dev.tinta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --port} option of the commands that run a server; each command gives its own default
 * (picocli shows a mixin field's initial value as {@code ${DEFAULT-VALUE}}).
 */
final class PortOption {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  PortOption(int defaultPort) {
    this.port = defaultPort;
  }

  /**
   * The port given.
   *
   * @throws CommandLine.ParameterException when it is not one from 0 to 65535
   */
  int checked(CommandSpec spec) {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    return port;
  }
}
