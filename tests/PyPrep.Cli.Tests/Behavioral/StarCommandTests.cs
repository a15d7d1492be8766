using System.Text.Json.Nodes;
using PyPrep.Cli.Behavioral;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Tests.Behavioral;

/// <summary>Runs <c>pyprep star</c> in-process and checks the DESIGN.md contract: JSON keys and exit codes.</summary>
public sealed class StarCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pyprep-star-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Exit, string Out)> Run(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config => config.AddBehavioralCommands());
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { return (await app.RunAsync(args), output.ToString()); }
        finally { Console.SetOut(original); }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Json_output_has_every_field_of_the_contract()
    {
        var file = Write("answer.txt", System.Text.Encoding.UTF8.GetBytes(
            "Situation: At my last job the nightly import kept failing.\nTask: My task was to fix it.\n" +
            "Action: I wrote pytest tests, I added logging and I moved it to Celery.\nResult: Failures dropped by 90% within a month.\n"));
        var (exit, output) = await Run("star", file, "--json");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!.AsObject();
        foreach (var part in new[] { "situation", "task", "action", "result" })
            Assert.True(json["parts"]![part]!.GetValue<bool>(), part);
        Assert.True(json["first_person"]!.GetValue<bool>());
        Assert.True(json["measurable_result"]!.GetValue<bool>());
        Assert.Equal(["pytest", "logging", "Celery"], json["tools"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.InRange(json["words"]!.GetValue<int>(), 30, 50);
        Assert.InRange(json["score"]!.GetValue<int>(), 0, 100);
        Assert.NotNull(json["advice"]!.AsArray());
    }

    [Fact]
    public async Task A_missing_file_exits_with_two() => Assert.Equal(2, (await Run("star", Path.Combine(folder, "nope.txt"))).Exit);

    [Fact]
    public async Task An_empty_file_exits_with_two() => Assert.Equal(2, (await Run("star", Write("empty.txt", "  \n"u8.ToArray()))).Exit);

    [Fact]
    public async Task A_file_that_is_not_utf8_exits_with_two() => Assert.Equal(2, (await Run("star", Write("latin1.txt", [0x53, 0xE9, 0xFF, 0x0A]))).Exit);
}
