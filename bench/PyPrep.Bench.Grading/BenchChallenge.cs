using PyPrep.Core.Content;
using PyPrep.Core.Values;

namespace PyPrep.Bench.Grading;

/// <summary>Two-sum with 30 small cases: the shape the latency target is stated for.</summary>
internal static class BenchChallenge
{
    public static Challenge ThirtyCases()
    {
        var bank = ContentBank.Load(ContentBank.LocateRoot());
        var twoSum = bank.Find("two-sum") ?? throw new InvalidOperationException("two-sum not found; run from the repository");
        var random = new Random(7);
        var cases = twoSum.Cases.Where(c => c.Args[0] is PyList { Items.Count: < 100 }).ToList();
        while (cases.Count < 30)
        {
            var values = Enumerable.Range(0, 50).Select(_ => random.Next(-100_000, 100_000)).Distinct().ToList();
            var target = values[^1] + values[^2] + 1_000_000;
            values[^1] += 1_000_000; // the only pair reaching the target sits at the end
            cases.Add(new TestCase($"bench-{cases.Count}", true,
                [new PyList(values.Select(v => (PyValue)new PyInt(v)).ToList()), new PyInt(target)],
                new PyList([new PyInt(values.Count - 2), new PyInt(values.Count - 1)])));
        }
        return twoSum with { Cases = cases.Take(30).ToList() };
    }
}
