namespace PyPrep.Core.Design;

/// <summary>What a worksheet section asks the candidate for this scenario.</summary>
public sealed record WorksheetQuestion(string Section, string Question);
