using System.Globalization;

namespace PyPrep.Bench.Web;

/// <summary>
/// The whole machine's CPU time, busy and idle, from /proc/stat. Per-process counters miss most of
/// a sandbox's CPU: a sandbox torn down by killing bubblewrap is reaped by init, not by the server,
/// so its interpreter's time never reaches the server's figures (they showed 60-70 ms a submission
/// while the machine was saturated at ~200).
/// </summary>
internal readonly record struct MachineCpu(double BusySeconds, double TotalSeconds)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static MachineCpu Read()
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => double.Parse(f, CultureInfo.InvariantCulture) / TicksPerSecond).ToArray();
        var idle = fields[3] + fields[4];
        return new MachineCpu(fields.Sum() - idle, fields.Sum());
    }

    public static MachineCpu operator -(MachineCpu after, MachineCpu before) =>
        new(after.BusySeconds - before.BusySeconds, after.TotalSeconds - before.TotalSeconds);
}
