namespace PyPrep.Core.Grading.Checkers;

/// <summary>Every checker by the name content files use.</summary>
public static class CheckerCatalog
{
    private static readonly IReadOnlyDictionary<string, IChecker> ByName = new IChecker[]
    {
        new ExactChecker(), new UnorderedChecker(), new UnorderedNestedChecker(),
        new FloatChecker(), new InPlaceChecker(), new GraphCloneChecker(),
    }.ToDictionary(c => c.Name);

    public static IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)ByName.Keys;

    public static IChecker Get(string name) =>
        ByName.TryGetValue(name, out var checker) ? checker : throw new ArgumentException($"unknown checker '{name}'", nameof(name));
}
