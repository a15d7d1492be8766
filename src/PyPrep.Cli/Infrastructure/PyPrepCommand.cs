using PyPrep.Core.Running;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Infrastructure;

/// <summary>Base of every command: bad input and a missing sandbox become one clear line and exit code 2.</summary>
internal abstract class PyPrepCommand<TSettings> : AsyncCommand<TSettings> where TSettings : CommandSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken);
        }
        catch (InputException e)
        {
            ErrorLine.Write(e.Message);
            return ExitCodes.BadInput;
        }
        catch (SandboxUnavailableException e)
        {
            ErrorLine.Write("sandbox unavailable: " + e.Message);
            return ExitCodes.BadInput;
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);
}
