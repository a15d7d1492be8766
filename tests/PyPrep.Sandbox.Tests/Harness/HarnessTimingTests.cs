using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>Runs harness.py directly (no sandbox needed): only its timing rules are under test.</summary>
public sealed class HarnessTimingTests
{
    // Building the input with the candidate's own ListNode takes 0.6 s (its first node sleeps) and
    // the entry point 0.6 s: each fits the 1 s case limit on its own, together they would not.
    private const string SlowNodeCode = """
        import time

        class ListNode:
            def __init__(self, val=0, next=None):
                if val == 7:
                    time.sleep(0.6)
                self.val = val
                self.next = next

        def first(head):
            time.sleep(0.6)
            return head.val
        """;

    [Fact]
    public async Task Building_the_inputs_does_not_count_against_the_case_time_limit()
    {
        var job = new JsonObject
        {
            ["mode"] = "grade",
            ["code"] = SlowNodeCode,
            ["kind"] = "function",
            ["entry"] = "first",
            ["case_seconds"] = 1.0,
            ["cases"] = new JsonArray(new JsonObject
            {
                ["args"] = new JsonArray(new JsonObject { ["$t"] = "listnode", ["v"] = new JsonArray(Enumerable.Range(7, 100).Select(i => (JsonNode?)i).ToArray()) }),
            }),
        };

        var record = (await RunAsync(job)).Single(r => (string?)r["t"] == "case");

        Assert.True((bool)record["ok"]!, record.ToJsonString());
        Assert.Equal(7, (int)record["value"]!);
        Assert.True((long)record["ns"]! < 900_000_000, $"ns={record["ns"]}");
    }

    private static async Task<List<JsonNode>> RunAsync(JsonObject job)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "python", "harness.py");
        var start = new ProcessStartInfo("/usr/bin/python3", ["-I", "-S", "-B", harness])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(job.ToJsonString());
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stderr;
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
    }
}
