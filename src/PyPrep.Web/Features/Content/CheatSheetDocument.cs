using YamlDotNet.RepresentationModel;

namespace PyPrep.Web.Features.Content;

/// <summary>The cheat sheet as a YAML tree, or the reason it could not be read (both null: there is none yet).</summary>
public sealed record CheatSheetDocument(YamlNode? Root, string? Error);
