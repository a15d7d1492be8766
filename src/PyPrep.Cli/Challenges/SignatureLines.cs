using PyPrep.Core.Content;

namespace PyPrep.Cli.Challenges;

/// <summary>
/// What <c>show</c> prints under "Signature": the function's line from challenge.yaml, or for a
/// class (and the other kinds) the <c>class</c> and <c>def</c> lines of the starter, which is where
/// the content declares the methods to write.
/// </summary>
internal static class SignatureLines
{
    public static IReadOnlyList<string> Of(Challenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (challenge.Kind == ChallengeKind.Function) return [challenge.Signature.Render(challenge.Entry)];
        var declared = challenge.Starter.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(IsDeclaration).Select(l => l.TrimEnd().TrimEnd(':')).ToList();
        if (declared.Count > 0) return declared;
        if (challenge.Kind != ChallengeKind.Class) return [];
        var parameters = string.Join(", ", challenge.Signature.Parameters.Select(p => $"{p.Name}: {p.Type}"));
        return [$"class {challenge.Entry}", $"    def __init__(self{(parameters.Length > 0 ? ", " + parameters : "")})"];
    }

    // Top-level classes and functions, and methods one level in; nested helpers are the candidate's own business.
    private static bool IsDeclaration(string line) =>
        line.StartsWith("class ", StringComparison.Ordinal) || line.StartsWith("def ", StringComparison.Ordinal)
        || line.StartsWith("    def ", StringComparison.Ordinal);
}
