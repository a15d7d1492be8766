using Spectre.Console.Cli;

namespace PyPrep.Cli.Infrastructure;

/// <summary>
/// Spectre's exception handler: a command line it cannot parse (unknown command or option, missing
/// argument) is bad input, one line and exit code 2 (DESIGN.md's command contract). Anything else
/// is a fault of ours, printed in full with exit code 3 so a script can tell the two apart.
/// </summary>
internal static class UsageErrors
{
    public const int InternalError = 3;

    public static int Handle(Exception exception, ITypeResolver? resolver)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is CommandAppException)
        {
            ErrorLine.Write(exception.Message.TrimEnd().TrimEnd('.') + " (see `pyprep --help`)");
            return ExitCodes.BadInput;
        }
        Console.Error.WriteLine($"error: internal failure, please report it: {exception}");
        return InternalError;
    }
}
