namespace PyPrep.Core.Behavioral;

/// <summary>What the STAR score is made of; the weights are in <see cref="StarWeights"/>.</summary>
public enum StarCriterion
{
    Situation,
    Task,
    Action,
    Result,
    FirstPerson,
    MeasurableResult,
    Specifics,
    Length,
    Delivery,
}
