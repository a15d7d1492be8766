namespace PyPrep.Core.Design;

/// <summary>How much of a scenario's rubric a worksheet covers, item by item.</summary>
public sealed record CoverageReport(string Scenario, IReadOnlyList<ItemCoverage> Items)
{
    /// <summary>Items covered in their own section.</summary>
    public int Covered => Items.Count(i => i.Status == CoverageStatus.Covered);

    /// <summary>Whole-number percentage of items covered in their own section.</summary>
    public int Percent => Items.Count == 0 ? 0 : (int)Math.Round(100.0 * Covered / Items.Count);

    /// <summary>The items of one section.</summary>
    public IEnumerable<ItemCoverage> For(string section) => Items.Where(i => i.Item.Section == section);
}
