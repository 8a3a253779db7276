using GovBudget.Rules;

namespace GovBudget.Rendering;

/// <summary>
/// How <see cref="DisclosureRenderer"/> renders a disclosure: findings to highlight, the language of headings and
/// legend, and whether to draw the charts. The default value renders Chinese headings with charts and no findings.
/// </summary>
public sealed record RenderOptions
{
    /// <summary>The default options: Chinese headings, charts, no findings.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// A validation report whose findings are marked in the output: cells at a finding's location are highlighted
    /// (by severity) and carry the rule ids, and a legend lists every finding with its message. <see langword="null"/>
    /// (the default) renders the disclosure without findings.
    /// </summary>
    public ValidationReport? Findings { get; init; }

    /// <summary>
    /// The language of headings, column headers and the legend: <c>zh</c> (default) or <c>en</c>. Data (names, row
    /// labels, printed text) stays as printed.
    /// </summary>
    public string Language { get; init; } = "zh";

    /// <summary>Whether the HTML page includes the SVG charts (图1–图4). Defaults to <see langword="true"/>.</summary>
    public bool IncludeCharts { get; init; } = true;
}
