using System.Globalization;

namespace PyPrep.Bench.Web;

/// <summary>
/// CPU seconds a process and its reaped children (the sandboxes) have used, from /proc/PID/stat:
/// on a busy shared machine, CPU per submission says more about capacity than wall-clock rates.
/// </summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double? Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ": state is field 3, so utime..cstime (14..17) sit at 11..14 here.
            return Enumerable.Range(11, 4).Sum(i => double.Parse(fields[i], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
