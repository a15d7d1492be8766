namespace PyPrep.Core.Behavioral;

/// <summary>How an answer reads overall: strong (90+), fair (60-89), weak (below 60).</summary>
public enum StarBand
{
    Weak,
    Fair,
    Strong,
}
