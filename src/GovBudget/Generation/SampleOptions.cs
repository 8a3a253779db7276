using GovBudget.Amounts;

namespace GovBudget.Generation;

/// <summary>Options of <see cref="SampleGenerator"/>.</summary>
public sealed record SampleOptions
{
    /// <summary>The seed: the same options always give the same disclosure.</summary>
    public int Seed { get; init; }

    /// <summary>The number of units (单位) under the department (1–50).</summary>
    public int Units { get; init; } = 2;

    /// <summary>The disclosure year (also the catalog edition).</summary>
    public int Year { get; init; } = 2026;

    /// <summary>
    /// The precision figures are printed at. The default 0.01 万元 rounds the exact 元 values like real documents;
    /// <see cref="Precision.Yuan2"/> prints them exactly. The Shanghai 表9 is printed in 0.01 万元 either way, from
    /// whole-百元 amounts (see <see cref="SampleGenerator.Generate"/>).
    /// </summary>
    public Precision Precision { get; init; } = Precision.WanYuan2;

    /// <summary>A scale factor for the amounts (1 gives a district bureau of a few million 元).</summary>
    public int Scale { get; init; } = 1;
}
