using GovBudget.Disclosures;
using GovBudget.Rendering.Internal;

namespace GovBudget.Rendering;

/// <summary>
/// Renders a disclosure in the official table layout: every table with its title (<c>表5-1 一般公共预算支出表(分功能科目)</c>),
/// unit line (<c>单位：万元</c>), grouped column headers, 栏次/行次 where the table kind numbers them, codes and names
/// indented by tree level and numbers exactly as printed (thousands separators, the table's decimals, blank cells
/// blank); then the performance tables (表11, 表12, 绩效自评表), the other figures and the statements of the text.
/// Findings of a <see cref="Rules.ValidationReport"/> can be marked in place (see <see cref="RenderOptions"/>).
/// </summary>
public static class DisclosureRenderer
{
    /// <summary>
    /// A self-contained HTML page (well-formed, XHTML-compatible HTML5 with inline CSS and inline SVG charts; no scripts,
    /// no external resources).
    /// </summary>
    /// <param name="disclosure">The disclosure to render.</param>
    /// <param name="options">Findings, language and charts; <see langword="null"/> for <see cref="RenderOptions.Default"/>.</param>
    /// <returns>The HTML text, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> is neither <c>zh</c> nor <c>en</c>.</exception>
    public static string ToHtml(Disclosure disclosure, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= RenderOptions.Default;
        var labels = Labels.For(options.Language);
        return HtmlRenderer.Render(disclosure, labels, new FindingIndex(options.Findings), options.IncludeCharts, Sections(disclosure, labels));
    }

    /// <summary>
    /// GitHub-flavoured markdown: one section per table with a pipe table (grouped headers flattened as
    /// <c>基本支出/人员经费</c>), numbers as printed, cells with findings marked with their rule ids, and a legend.
    /// Charts are not drawn in markdown.
    /// </summary>
    /// <param name="disclosure">The disclosure to render.</param>
    /// <param name="options">Findings and language; <see langword="null"/> for <see cref="RenderOptions.Default"/>.</param>
    /// <returns>The markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Language"/> is neither <c>zh</c> nor <c>en</c>.</exception>
    public static string ToMarkdown(Disclosure disclosure, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= RenderOptions.Default;
        var labels = Labels.For(options.Language);
        return MarkdownRenderer.Render(disclosure, labels, new FindingIndex(options.Findings), Sections(disclosure, labels));
    }

    private static List<Section> Sections(Disclosure disclosure, Labels labels)
    {
        var sections = disclosure.Tables.Select(t => TableGrids.Build(t, labels, disclosure.TableSet.FindTable(t.Id) is { } s && s.Definition.Equals(t.Definition) ? s : null)).ToList();
        switch (disclosure)
        {
            case BudgetDisclosure budget:
                if (budget.OverallGoal is { } overall)
                {
                    sections.Add(PerformanceGrids.Overall(overall, disclosure.Precision, labels));
                }

                sections.AddRange(budget.ProjectGoals.Select(g => PerformanceGrids.Project(g, disclosure.Precision, labels)));
                break;
            case SettlementDisclosure settlement:
                sections.AddRange(settlement.SelfEvaluations.Select(e => PerformanceGrids.SelfEvaluation(e, disclosure.Precision, labels)));
                break;
        }

        return sections;
    }
}
