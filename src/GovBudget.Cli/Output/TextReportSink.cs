using System.Text;
using GovBudget.Disclosures;
using GovBudget.Rules;

namespace GovBudget.Cli.Output;

/// <summary>A readable text report, Chinese by default.</summary>
internal sealed class TextReportSink(ReportSinkOptions options) : IReportSink
{
    private readonly StreamWriter _writer = new(options.Output, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
    private readonly bool _english = options.Language == "en";
    private int _items;
    private int _shown;

    public void Add(ValidationItem item)
    {
        _items++;
        var name = item.Index > 0 || item.File.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? $"{item.File}#{item.Index + 1}" : item.File;
        if (item.Error is not null)
        {
            var kind = item.Internal ? (_english ? "internal error" : "内部错误") : (_english ? "unreadable" : "无法读取");
            _writer.WriteLine(_english ? $"{name}: {kind}: {item.Error}" : $"{name}：{kind}：{item.Error}");
            return;
        }

        var d = item.Disclosure!;
        var report = item.Report!;
        var title = _english
            ? $"{d.Department.Name} {d.Year} {(d.Kind == Tables.DisclosureKind.Budget ? "budget" : "final accounts")}"
            : $"{d.Department.Name} {d.Year} 年{(d.Kind == Tables.DisclosureKind.Budget ? "部门预算" : "部门决算")}";
        _writer.WriteLine($"{name}: {title} — {Summary(report)}");
        var suppressed = 0;
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            if (finding.Severity < options.MinimumSeverity)
            {
                continue;
            }

            if (item.IsSuppressed(i))
            {
                suppressed++;
                continue;
            }

            _shown++;
            var page = item.PageOf(finding.Location) is { } p ? $" (p.{p})" : string.Empty;
            // Chinese reports name the cell as a reader does (表11“支出构成·基本支出”行“占比”栏); English ones keep the address.
            var where = _english ? finding.Location.ToString() : finding.Location.ToStringZh(item.Disclosure?.FindTable(finding.Location.TableId));
            _writer.WriteLine($"  [{Label(finding.Severity)}] {finding.RuleId} {where}{page}: {finding.Message(options.Language)}");
        }

        if (suppressed > 0)
        {
            _writer.WriteLine(_english ? $"  [baseline] {suppressed} findings accepted in the baseline, not shown" : $"  [基线] {suppressed} 条发现已在基线中接受，未列出");
        }

        // What could not be checked is said, never passed over in silence (a column the document does not print …).
        foreach (var skipped in report.NotChecked)
        {
            _writer.WriteLine($"  [{(_english ? "not checked" : "未核对")}] {skipped.Message(options.Language)}");
        }

        // Per rule: how many ran, and each one that did not run fully with why (a table absent, operands blank …).
        if (report.RuleStatuses.Count > 0)
        {
            _writer.WriteLine(_english
                ? $"  rules: {report.CountRules(RuleState.Ran)} ran, {report.CountRules(RuleState.Partly)} partly, {report.CountRules(RuleState.NotChecked)} not checked, {report.CountRules(RuleState.NotApplicable)} not applicable, {report.CountRules(RuleState.Disabled)} disabled"
                : $"  规则：已核对 {report.CountRules(RuleState.Ran)}，部分核对 {report.CountRules(RuleState.Partly)}，无法核对 {report.CountRules(RuleState.NotChecked)}，不适用 {report.CountRules(RuleState.NotApplicable)}，已停用 {report.CountRules(RuleState.Disabled)}");
            foreach (var status in report.RuleStatuses.Where(s => s.State != RuleState.Ran))
            {
                _writer.WriteLine($"  [{StateLabel(status.State)}] {status.Message(options.Language)}");
            }
        }
    }

    public void Complete()
    {
        if (_items > 1)
        {
            _writer.WriteLine(_english ? $"{_items} disclosures, {_shown} findings shown" : $"共 {_items} 份，显示 {_shown} 条发现");
        }

        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private string Summary(ValidationReport report) => _english
        ? report.ToString()
        : $"错误 {report.Count(Severity.Error)}，不一致 {report.Count(Severity.Inconsistency)}，警告 {report.Count(Severity.Warning)}，尾差 {report.Count(Severity.Info)}";

    private string StateLabel(RuleState state) => (state, _english) switch
    {
        (RuleState.Partly, true) => "partly",
        (RuleState.Partly, false) => "部分核对",
        (RuleState.NotChecked, true) => "not checked",
        (RuleState.NotChecked, false) => "无法核对",
        (RuleState.NotApplicable, true) => "not applicable",
        (RuleState.NotApplicable, false) => "不适用",
        (_, true) => "disabled",
        _ => "已停用",
    };

    private string Label(Severity severity) => _english
        ? severity.ToString()
        : severity switch { Severity.Error => "错误", Severity.Inconsistency => "不一致", Severity.Warning => "警告", _ => "尾差" };
}
