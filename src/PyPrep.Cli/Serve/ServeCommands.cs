using Spectre.Console.Cli;

namespace PyPrep.Cli.Serve;

internal static class ServeCommands
{
    public static void AddServeCommands(this IConfigurator config)
    {
        config.AddCommand<ServeCommand>("serve").WithDescription("Run the web app (http://127.0.0.1:5000, data in ./data/).")
            .WithExample("serve").WithExample("serve", "--urls", "http://127.0.0.1:8080");
    }
}
