using System.ComponentModel;
using System.Text.Json;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Behavioral;

internal sealed class StarCommand : PyPrepCommand<StarCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A text file holding the answer (labelled \"Situation:\"... or not).")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the report as one JSON object.")]
        public bool Json { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var answer = SourceFile.Read(settings.File);
        var coach = new StarCoach(LoadVocabulary());
        var report = coach.Analyze(answer);
        if (settings.Json)
            Console.Out.WriteLine(StarReportJson.Build(report).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        else
            StarReportView.Write(AnsiConsole.Console, report);
        return Task.FromResult(ExitCodes.Ok);
    }

    private static StarVocabulary LoadVocabulary()
    {
        var file = StarVocabularyLoader.PathUnder(ContentBank.LocateRoot());
        try
        {
            return StarVocabularyLoader.Load(file);
        }
        catch (ContentException e)
        {
            throw new InputException($"cannot read the STAR vocabulary: {e.Error}");
        }
    }
}
