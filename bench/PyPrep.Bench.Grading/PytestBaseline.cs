using System.Diagnostics;
using System.Text;
using PyPrep.Core.Content;

namespace PyPrep.Bench.Grading;

/// <summary>The same cases as a parametrised pytest file, run the way a user would: `python3 -m pytest -q`.</summary>
internal static class PytestBaseline
{
    public static List<double> Measure(Challenge challenge, string solution, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("pyprep-bench-pytest-").FullName;
        File.WriteAllText(Path.Combine(folder, "solution.py"), solution);
        var test = new StringBuilder("import pytest\nfrom solution import two_sum\n\nCASES = [\n");
        foreach (var c in challenge.Cases)
            test.Append($"    ({c.Args[0].ToPython()}, {c.Args[1].ToPython()}, {c.Expected.ToPython()}),\n");
        test.Append("]\n\n@pytest.mark.parametrize('nums, target, expected', CASES)\ndef test_two_sum(nums, target, expected):\n    assert sorted(two_sum(nums, target)) == sorted(expected)\n");
        File.WriteAllText(Path.Combine(folder, "test_solution.py"), test.ToString());

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var info = new ProcessStartInfo("/usr/bin/python3", "-m pytest -q -p no:cacheprovider test_solution.py")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0) throw new InvalidOperationException("pytest baseline failed (is python3-pytest installed?):\n" + output);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Directory.Delete(folder, recursive: true);
        return times;
    }
}
