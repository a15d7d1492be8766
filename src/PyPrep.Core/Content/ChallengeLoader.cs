using System.Text.Json;
using PyPrep.Core.Grading;
using PyPrep.Core.Patterns;
using PyPrep.Core.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Content;

/// <summary>
/// Reads one challenge folder (docs/content-format.md). Every problem is reported as a
/// <see cref="ContentException"/> naming the file and line to fix.
/// </summary>
public static class ChallengeLoader
{
    /// <summary>
    /// Reads the challenge in <paramref name="directory"/>. A problem in one part (a case, a
    /// reference, a field) does not hide the others: reading goes on, and every problem found is
    /// thrown together in one <see cref="ContentException"/>.
    /// </summary>
    public static Challenge Load(string directory)
    {
        var metaFile = Path.Combine(directory, "challenge.yaml");
        var meta = ReadMapping(metaFile);
        var problems = new List<ContentError>();
        T Read<T>(Func<T> read, T fallback)
        {
            try { return read(); }
            catch (ContentException e) { problems.AddRange(e.Errors); return fallback; }
        }

        var slug = Read(() => Text(meta, metaFile, "slug"), Path.GetFileName(directory.TrimEnd('/')));
        if (slug != Path.GetFileName(directory.TrimEnd('/')))
            problems.Add(new(metaFile, Line(meta, "slug"), $"slug '{slug}' does not match folder name '{Path.GetFileName(directory)}'"));

        var kind = Read(() => Enum<ChallengeKind>(meta, metaFile, "kind", ChallengeKind.Function), ChallengeKind.Function);
        var signature = Read<Signature?>(() => ReadSignature(meta, metaFile, kind), null);
        var checker = Text(meta, metaFile, "checker", "exact");
        if (!Grading.Checkers.CheckerCatalog.Names.Contains(checker))
            problems.Add(new(metaFile, Line(meta, "checker"), $"unknown checker '{checker}' (known: {string.Join(", ", Grading.Checkers.CheckerCatalog.Names)})"));

        var challenge = new Challenge
        {
            Slug = slug,
            Title = Read(() => Text(meta, metaFile, "title"), ""),
            Difficulty = Read(() => Enum<Difficulty>(meta, metaFile, "difficulty"), default),
            Level = Read(() => Enum<Level>(meta, metaFile, "level"), default),
            Topics = Read(() => List(meta, metaFile, "topics"), []),
            Patterns = Read(() => ReadPatterns(meta, metaFile), []),
            Roles = Read(() => List(meta, metaFile, "roles"), []),
            Requires = Read(() => List(meta, metaFile, "requires"), []),
            Kind = kind,
            Entry = Read(() => Text(meta, metaFile, "entry"), ""),
            Signature = signature ?? new Signature([], TypeSpec.Any),
            Checker = checker,
            Limits = Read(() => ReadLimits(meta, metaFile), ResourceLimits.Default),
            ExpectedComplexity = Child(meta, "complexity") is YamlMappingNode complexity ? OptionalText(complexity, "expected") : null,
            Hints = Read(() => List(meta, metaFile, "hints"), []),
            Statement = Read(() => ReadText(directory, "statement.md", required: true)!, ""),
            Walkthrough = ReadText(directory, "walkthrough.md", required: false) ?? "",
            Starter = ReadText(directory, "starter.py", required: false) ?? "",
            Prelude = ReadText(directory, "prelude.py", required: false),
            Generator = ReadText(directory, "generator.py", required: false),
            Cases = [],
            Directory = directory,
            MetaLines = meta.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is not null)
                .GroupBy(k => k.Value!).ToDictionary(g => g.Key, g => (int)g.First().Start.Line),
        };
        // Without the signature every case would be reported for its argument count: that one
        // problem is enough until it is fixed.
        var cases = signature is null ? []
            : kind == ChallengeKind.Tests ? Read(() => MutantCases.Read(directory, meta, metaFile), [])
            : ReadCases(directory, challenge, problems);
        var solutions = ReadSolutions(directory, meta, metaFile, problems);
        if (problems.Count > 0) throw new ContentException(problems);
        return challenge with { Cases = cases, Solutions = solutions };
    }

    // Only the 18 categories: a typo or a home-made category would silently drop the challenge from
    // its pattern's coverage and learning path. Language and library challenges list none.
    private static List<string> ReadPatterns(YamlMappingNode meta, string file)
    {
        var names = List(meta, file, "patterns");
        if (Child(meta, "patterns") is not YamlSequenceNode items) return names;
        var unknown = items.Children.Where(item => !PatternCatalog.IsKnown(((YamlScalarNode)item).Value ?? ""))
            .Select(item => new ContentError(file, YamlValues.Line(item),
                $"unknown pattern '{((YamlScalarNode)item).Value}': use one of {string.Join(", ", PatternCatalog.Names)}, or list none for a challenge about the language or a library"))
            .ToList();
        return unknown.Count == 0 ? names : throw new ContentException(unknown);
    }

    private static Signature ReadSignature(YamlMappingNode meta, string file, ChallengeKind kind)
    {
        if (Child(meta, "signature") is not YamlMappingNode signature)
        {
            if (kind == ChallengeKind.Function) throw new ContentException(file, 1, "missing 'signature'");
            return new Signature([], TypeSpec.Any);
        }
        var parameters = new List<Parameter>();
        if (Child(signature, "params") is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlMappingNode>())
                parameters.Add(new Parameter(Text(item, file, "name"), Type(item, file, "type")));
        }
        var returns = Child(signature, "returns") is null ? TypeSpec.Any : Type(signature, file, "returns");
        return new Signature(parameters, returns);
    }

    private static TypeSpec Type(YamlMappingNode node, string file, string key)
    {
        var text = Text(node, file, key);
        try { return TypeSpec.Parse(text); }
        catch (FormatException e) { throw new ContentException(file, Line(node, key), e.Message); }
    }

    private static ResourceLimits ReadLimits(YamlMappingNode meta, string file)
    {
        if (Child(meta, "limits") is not YamlMappingNode limits) return ResourceLimits.Default;
        var d = ResourceLimits.Default;
        return new ResourceLimits
        {
            CaseSeconds = Number(limits, file, "case_seconds", d.CaseSeconds),
            CpuSeconds = Number(limits, file, "cpu_seconds", d.CpuSeconds),
            WallSeconds = Number(limits, file, "wall_seconds", d.WallSeconds),
            MemoryMb = (int)Number(limits, file, "memory_mb", d.MemoryMb),
            OutputKb = (int)Number(limits, file, "output_kb", d.OutputKb),
        };
    }

    private static List<TestCase> ReadCases(string directory, Challenge challenge, List<ContentError> problems)
    {
        var file = Path.Combine(directory, "cases.yaml");
        YamlSequenceNode root;
        try
        {
            root = ReadRoot(file) as YamlSequenceNode ?? throw new ContentException(file, 1, "cases.yaml must be a list of cases");
        }
        catch (ContentException e)
        {
            problems.AddRange(e.Errors);
            return [];
        }
        var cases = new List<TestCase>();
        var ids = new HashSet<string>();
        foreach (var node in root.Children)
        {
            // One broken case is reported with its line; the rest are still read and checked.
            try
            {
                if (ReadCase(directory, challenge, file, node, ids) is { } testCase) cases.Add(testCase);
            }
            catch (ContentException e)
            {
                problems.AddRange(e.Errors);
            }
        }
        if (root.Children.Count == 0) problems.Add(new(file, 1, "no cases"));
        return cases;
    }

    private static TestCase? ReadCase(string directory, Challenge challenge, string file, YamlNode node, HashSet<string> ids)
    {
        if (node is not YamlMappingNode item) throw new ContentException(file, YamlValues.Line(node), "each case must be a mapping");
        var id = Text(item, file, "id");
        if (!ids.Add(id)) throw new ContentException(file, Line(item, "id"), $"duplicate case id '{id}'");
        var hidden = Child(item, "hidden") is YamlScalarNode h && h.Value == "true";
        YamlNode? argsNode = Child(item, "args");
        YamlNode? expectedNode = Child(item, "expected");
        if (OptionalText(item, "file") is { } dataFile)
        {
            // Large cases live in plain JSON files next to cases.yaml: {"args": [...], "expected": ...}.
            (var args, var expected) = ReadJsonCase(Path.Combine(directory, dataFile), challenge, Line(item, "file"), file);
            return new TestCase(id, hidden, args, expected);
        }
        var snippet = OptionalText(item, "snippet");
        if (challenge.Kind == ChallengeKind.Behavior)
        {
            if (snippet is null) throw new ContentException(file, Line(item, "id"), $"case '{id}' of a behaviour challenge needs a 'snippet'");
        }
        else if (argsNode is not YamlSequenceNode)
            throw new ContentException(file, Line(item, "id"), $"case '{id}' needs 'args' as a list");
        if (expectedNode is null) throw new ContentException(file, Line(item, "id"), $"case '{id}' needs 'expected'");
        var argValues = argsNode is YamlSequenceNode seq ? seq.Children.Select(c => YamlValues.Read(c, file)).ToList() : [];
        return new TestCase(id, hidden, CoerceArgs(challenge, argValues, file, Line(item, "args")),
            CoerceExpected(challenge, YamlValues.Read(expectedNode, file)), snippet);
    }

    private static (IReadOnlyList<PyValue> Args, PyValue Expected) ReadJsonCase(string path, Challenge challenge, int line, string caseFile)
    {
        if (!File.Exists(path)) throw new ContentException(caseFile, line, $"case file '{Path.GetFileName(path)}' not found");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var args = document.RootElement.GetProperty("args").EnumerateArray().Select(TaggedJson.Decode).ToList();
            var expected = TaggedJson.Decode(document.RootElement.GetProperty("expected"));
            return (CoerceArgs(challenge, args, path, 1), CoerceExpected(challenge, expected));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new ContentException(path, 1, $"cannot read case: {e.Message}");
        }
    }

    private static IReadOnlyList<PyValue> CoerceArgs(Challenge challenge, List<PyValue> args, string file, int line)
    {
        if (challenge.Kind != ChallengeKind.Function) return args;
        var parameters = challenge.Signature.Parameters;
        if (args.Count != parameters.Count)
            throw new ContentException(file, line, $"{args.Count} argument(s) given, the signature has {parameters.Count}");
        return args.Select((a, i) => parameters[i].Type.Coerce(a)).ToList();
    }

    private static PyValue CoerceExpected(Challenge challenge, PyValue expected)
    {
        if (challenge.Kind != ChallengeKind.Function) return expected;
        // In-place problems answer with the mutated first argument, so it has that argument's type.
        var type = challenge.Checker == "in-place" && challenge.Signature.Parameters.Count > 0
            ? challenge.Signature.Parameters[0].Type
            : challenge.Signature.Returns;
        return type.Coerce(expected);
    }

    private static List<ReferenceSolution> ReadSolutions(string directory, YamlMappingNode meta, string file, List<ContentError> problems)
    {
        var solutions = new List<ReferenceSolution>();
        if (Child(meta, "solutions") is not YamlSequenceNode list)
        {
            problems.Add(new(file, 1, "missing 'solutions' (each reference with the verdict it must get)"));
            return solutions;
        }
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            try
            {
                solutions.Add(ReadSolution(directory, file, item));
            }
            catch (ContentException e)
            {
                problems.AddRange(e.Errors);
            }
        }
        return solutions;
    }

    private static ReferenceSolution ReadSolution(string directory, string file, YamlMappingNode item)
    {
        var name = Text(item, file, "file");
        var path = Path.Combine(directory, "solutions", name);
        var problems = new List<ContentError>();
        if (!File.Exists(path)) problems.Add(new(file, Line(item, "file"), $"solution file 'solutions/{name}' not found"));
        var verdictText = Text(item, file, "verdict");
        if (!VerdictNames.TryParse(verdictText, out var verdict))
            problems.Add(new(file, Line(item, "verdict"), $"unknown verdict '{verdictText}'"));
        if (problems.Count > 0) throw new ContentException(problems);
        return new ReferenceSolution(name, File.ReadAllText(path), verdict, OptionalText(item, "complexity"), (int)item.Start.Line);
    }

    private static string? ReadText(string directory, string name, bool required)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path)) return File.ReadAllText(path);
        if (required) throw new ContentException(path, 0, "file missing");
        return null;
    }

    internal static YamlNode ReadRoot(string file)
    {
        if (!File.Exists(file)) throw new ContentException(file, 0, "file missing");
        using var reader = new StreamReader(file);
        var scanner = new Scanner(reader);
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            return stream.Documents.Count == 0 ? throw new ContentException(file, 1, "empty file") : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ContentException(file, (int)e.Start.Line, e.InnerException?.Message ?? e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on unclosed flow collections; report where it stopped.
            throw new ContentException(file, (int)scanner.CurrentPosition.Line, "malformed YAML (check brackets, quotes and indentation)");
        }
    }

    internal static YamlMappingNode ReadMapping(string file) =>
        ReadRoot(file) as YamlMappingNode ?? throw new ContentException(file, 1, "expected a mapping at the top");

    internal static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    internal static int Line(YamlMappingNode node, string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } found ? (int)found.Start.Line : (int)node.Start.Line;

    internal static string Text(YamlMappingNode node, string file, string key, string? fallback = null)
    {
        if (Child(node, key) is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        return fallback ?? throw new ContentException(file, (int)node.Start.Line, $"missing '{key}'");
    }

    internal static string? OptionalText(YamlMappingNode node, string key) =>
        Child(node, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    internal static List<string> List(YamlMappingNode node, string file, string key) => Child(node, key) switch
    {
        null => [],
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode s ? s.Value ?? "" : throw new ContentException(file, YamlValues.Line(c), $"'{key}' must be a list of strings")).ToList(),
        var other => throw new ContentException(file, YamlValues.Line(other), $"'{key}' must be a list"),
    };

    private static double Number(YamlMappingNode node, string file, string key, double fallback)
    {
        var text = OptionalText(node, key);
        if (text is null) return fallback;
        return double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ContentException(file, Line(node, key), $"'{key}' must be a positive number");
    }

    internal static T Enum<T>(YamlMappingNode node, string file, string key, T? fallback = null) where T : struct, System.Enum
    {
        var text = OptionalText(node, key);
        if (text is null)
            return fallback ?? throw new ContentException(file, (int)node.Start.Line, $"missing '{key}'");
        return System.Enum.TryParse<T>(text.Replace("-", ""), ignoreCase: true, out var value)
            ? value
            : throw new ContentException(file, Line(node, key), $"'{key}' must be one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }
}
