using PyPrep.Bench.Web;

// Load benchmark of the web grading path: honest and failing two-sum submissions (each one's code
// unique) posted with ?wait=true at a steady rate from this process to a server on loopback.
//   dotnet run -c Release --project bench/PyPrep.Bench.Web [-- --url http://127.0.0.1:5000] [--rate 35] [--seconds 20]
// Without --url it starts the server itself (a second process, fresh SQLite under a temp folder).
var options = BenchOptions.Parse(args);
await using var server = options.Url is null ? await ServerProcess.StartAsync() : null;
var url = options.Url ?? server!.Url;
var cpuBefore = server is null ? null : ProcessCpu.Seconds(server.Pid);
var result = await LoadRun.RunAsync(url, options);
var cpuAfter = server is null ? null : ProcessCpu.Seconds(server.Pid);
Console.WriteLine(result.Details);
if (cpuBefore is { } before && cpuAfter is { } after && result.Graded > 0)
{
    // Server plus sandboxes; the number of cores divided by this bounds the rate on an idle machine.
    var perSubmission = (after - before) / result.Graded;
    Console.WriteLine(FormattableString.Invariant(
        $"server cpu_ms_per_submission={perSubmission * 1000:F1} (over {result.Graded} graded; {Environment.ProcessorCount} idle cores would allow ~{Environment.ProcessorCount / perSubmission:F0}/s)"));
}
Console.WriteLine(result.Line);
return result.Errors == 0 ? 0 : 1;
