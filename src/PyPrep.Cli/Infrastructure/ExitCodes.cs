namespace PyPrep.Cli.Infrastructure;

/// <summary>The exit codes of the command contract (DESIGN.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int NotAccepted = 1;
    public const int Problems = 1;
    public const int BadInput = 2;
}
