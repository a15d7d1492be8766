using PyPrep.Bench.Web;

// Load benchmark of the web grading path: honest and failing two-sum submissions (each one's code
// unique) posted with ?wait=true at a steady rate from this process to a server on loopback.
//   dotnet run -c Release --project bench/PyPrep.Bench.Web [-- --url http://127.0.0.1:5000] [--rate 35] [--seconds 20]
// Without --url it starts the server itself (a second process, fresh SQLite under a temp folder).
var options = BenchOptions.Parse(args);
await using var server = options.Url is null ? await ServerProcess.StartAsync() : null;
var url = options.Url ?? server!.Url;
var cpuBefore = MachineCpu.Read();
var result = await LoadRun.RunAsync(url, options);
var cpu = MachineCpu.Read() - cpuBefore;
Console.WriteLine(result.Details);
if (result.Graded > 0 && cpu.TotalSeconds > 0)
{
    // Everything the machine did meanwhile (server, sandboxes, this client): under saturation,
    // the number of cores divided by this is the rate the machine can sustain.
    var perSubmission = cpu.BusySeconds / result.Graded;
    Console.WriteLine(FormattableString.Invariant(
        $"machine busy={cpu.BusySeconds / cpu.TotalSeconds:P0} cpu_ms_per_submission={perSubmission * 1000:F1} (server, sandboxes and this client, over {result.Graded} graded; {Environment.ProcessorCount} cores)"));
}
Console.WriteLine(result.Line);
return result.Errors == 0 ? 0 : 1;
