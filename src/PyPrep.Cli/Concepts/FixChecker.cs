using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Concepts;
using PyPrep.Core.Running;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>
/// Spot-the-bug in the terminal: the buggy code is written to ./data/quiz/ID.py for the candidate to
/// fix in their editor; the fix then runs against the item's hidden cases in the sandbox, which is
/// started only when the first such question comes up.
/// </summary>
internal sealed class FixChecker(IAnsiConsole console) : IAsyncDisposable
{
    private CliRuntime? runtime;

    public async Task<ConceptOutcome?> CheckAsync(ConceptItem item, IQuizInput input, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Directory.GetCurrentDirectory(), "data", "quiz", item.Id + ".py");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, item.Code, cancellationToken);
        var answer = input.ReadLine($"Fix the code in {file} with your editor, then press Enter (or type the path of another file):");
        if (answer is null) return null;
        var path = answer.Trim().Length > 0 ? answer.Trim() : file;
        string code;
        try
        {
            code = SourceFile.Read(path);
        }
        catch (InputException e)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(e.Message)}[/]");
            return ConceptOutcome.Wrong("no fix to run");
        }
        try
        {
            runtime ??= CliRuntime.Start(warmSlots: 1);
            var (outcome, _) = await new SpotTheBugGrader(runtime.Grader).CheckAsync(item, code, cancellationToken);
            return outcome;
        }
        catch (SandboxUnavailableException e)
        {
            // Without a sandbox the fix cannot be run: compare with the reference by eye instead.
            console.MarkupLine($"[yellow]The sandbox is unavailable ({Markup.Escape(e.Message)}); compare your fix with this one:[/]");
            console.Write(new Panel(new Text(item.Fixed!.TrimEnd())).Header("A fixed version"));
            var same = input.ReadLine("Does your fix do the same? (y/n)");
            return same is null ? null : same.Trim().StartsWith('y') ? ConceptOutcome.Right : ConceptOutcome.Wrong();
        }
    }

    public ValueTask DisposeAsync() => runtime?.DisposeAsync() ?? ValueTask.CompletedTask;
}
