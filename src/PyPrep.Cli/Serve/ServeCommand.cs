using System.ComponentModel;
using PyPrep.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Serve;

/// <summary>
/// <c>pyprep serve [--urls URL]</c>: runs the web app in this process (PyPrep.Web's own entry
/// point, so `dotnet PyPrep.Web.dll` and this command start the same site). SQLite under ./data/,
/// http://127.0.0.1:5000 unless told otherwise; every other setting comes from the environment
/// (e.g. PyPrep__Mode=Team, Database__Provider=Postgres).
/// </summary>
internal sealed class ServeCommand : PyPrepCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, e.g. http://127.0.0.1:8080 (solo mode accepts loopback only).")]
        public string? Urls { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var args = settings.Urls is { Length: > 0 } urls ? new[] { "--urls", urls } : [];
        var entry = typeof(PyPrep.Web.Hosting.PyPrepHost).Assembly.EntryPoint
            ?? throw new InvalidOperationException("PyPrep.Web has no entry point");
        try
        {
            var result = entry.Invoke(null, [args]);
            return Task.FromResult(result is int code ? code : ExitCodes.Ok);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            // Start-up refusals (solo mode on a public address, team mode without the sandbox, bad options).
            throw new InputException(e.InnerException!.Message);
        }
    }
}
