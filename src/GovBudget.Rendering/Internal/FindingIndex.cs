using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>Findings by cell address, and the order of rule ids for the legend.</summary>
internal sealed class FindingIndex
{
    private readonly Dictionary<CellAddress, List<Finding>> _byAddress = [];

    public FindingIndex(ValidationReport? report)
    {
        Report = report;
        All = report is null ? [] : [.. report.Findings];
        foreach (var finding in All)
        {
            if (!_byAddress.TryGetValue(finding.Location, out var list))
            {
                _byAddress[finding.Location] = list = [];
            }

            list.Add(finding);
        }
    }

    public IReadOnlyList<Finding> All { get; }

    /// <summary>The report the findings come from (for what was not checked), when findings are shown.</summary>
    public ValidationReport? Report { get; }

    public bool IsEmpty => All.Count == 0;

    public IReadOnlyList<Finding> At(CellAddress? address)
        => address is { } a && _byAddress.TryGetValue(a, out var list) ? list : [];
}
