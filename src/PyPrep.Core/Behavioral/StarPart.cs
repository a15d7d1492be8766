namespace PyPrep.Core.Behavioral;

/// <summary>The four parts of a STAR answer, in the order they are told.</summary>
public enum StarPart
{
    Situation,
    Task,
    Action,
    Result,
}
