namespace PyPrep.Core.Review;

/// <summary>
/// The FSRS-5 memory model (open-spaced-repetition, "The Algorithm"): how stability S, difficulty D
/// and retrievability R move after each rating G. Pure functions of the weights w0..w18.
/// </summary>
public sealed class Fsrs(IReadOnlyList<double> w)
{
    /// <summary>DECAY of the power forgetting curve.</summary>
    public const double Decay = -0.5;

    /// <summary>FACTOR = 0.9^(1/DECAY) - 1 = 19/81, so that R(S, S) = 0.9.</summary>
    public static readonly double Factor = Math.Pow(0.9, 1 / Decay) - 1;

    private const double MinStability = 0.001;

    /// <summary>R(t, S) = (1 + FACTOR * t / S)^DECAY: the chance of recall after <paramref name="elapsedDays"/>.</summary>
    public static double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + Factor * Math.Max(0, elapsedDays) / stability, Decay);

    /// <summary>I(r, S) = S / FACTOR * (r^(1/DECAY) - 1): days until R falls to <paramref name="retention"/>.</summary>
    public static double Interval(double stability, double retention) =>
        stability / Factor * (Math.Pow(retention, 1 / Decay) - 1);

    /// <summary>S0(G) = w[G-1].</summary>
    public double InitialStability(Rating g) => w[(int)g - 1];

    /// <summary>D0(G) = w4 - e^(w5 (G - 1)) + 1, clamped to [1, 10].</summary>
    public double InitialDifficulty(Rating g) => ClampDifficulty(RawInitialDifficulty(g));

    /// <summary>
    /// ΔD = -w6 (G - 3); D' = D + ΔD (10 - D) / 9 (linear damping); D'' = w7 D0(4) + (1 - w7) D'
    /// (mean reversion towards the difficulty of an easy first answer); clamped to [1, 10].
    /// </summary>
    public double NextDifficulty(double d, Rating g)
    {
        var delta = -w[6] * ((int)g - 3);
        var damped = d + delta * (10 - d) / 9;
        return ClampDifficulty(w[7] * RawInitialDifficulty(Rating.Easy) + (1 - w[7]) * damped);
    }

    /// <summary>
    /// S'r = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) · w15 if Hard · w16 if Easy): stability
    /// after a successful recall.
    /// </summary>
    public double RecallStability(double s, double d, double r, Rating g)
    {
        var hardPenalty = g == Rating.Hard ? w[15] : 1;
        var easyBonus = g == Rating.Easy ? w[16] : 1;
        return s * (1 + Math.Exp(w[8]) * (11 - d) * Math.Pow(s, -w[9]) * (Math.Exp(w[10] * (1 - r)) - 1) * hardPenalty * easyBonus);
    }

    /// <summary>
    /// S'f = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), never above the short-term stability of an
    /// Again: stability after forgetting.
    /// </summary>
    public double ForgetStability(double s, double d, double r)
    {
        var longTerm = w[11] * Math.Pow(d, -w[12]) * (Math.Pow(s + 1, w[13]) - 1) * Math.Exp(w[14] * (1 - r));
        return Math.Max(MinStability, Math.Min(longTerm, ShortTermStability(s, Rating.Again)));
    }

    /// <summary>S' = S e^(w17 (G - 3 + w18)): stability after a second review on the same day.</summary>
    public double ShortTermStability(double s, Rating g) =>
        Math.Max(MinStability, s * Math.Exp(w[17] * ((int)g - 3 + w[18])));

    /// <summary>
    /// The next (S, D) after rating <paramref name="g"/>; <paramref name="elapsedDays"/> is whole days
    /// since the last review (0 means the same day, which uses the short-term formula).
    /// </summary>
    public (double Stability, double Difficulty) Next(double? stability, double? difficulty, int elapsedDays, Rating g)
    {
        if (stability is not { } s || difficulty is not { } d) return (InitialStability(g), InitialDifficulty(g));
        var nextD = NextDifficulty(d, g);
        if (elapsedDays < 1) return (ShortTermStability(s, g), nextD);
        var r = Retrievability(elapsedDays, s);
        return (g == Rating.Again ? ForgetStability(s, d, r) : RecallStability(s, d, r, g), nextD);
    }

    private double RawInitialDifficulty(Rating g) => w[4] - Math.Exp(w[5] * ((int)g - 1)) + 1;

    private static double ClampDifficulty(double d) => Math.Clamp(d, 1, 10);
}
