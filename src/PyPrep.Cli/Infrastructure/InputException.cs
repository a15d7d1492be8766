namespace PyPrep.Cli.Infrastructure;

/// <summary>Bad input from the user: printed as one line, exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);
