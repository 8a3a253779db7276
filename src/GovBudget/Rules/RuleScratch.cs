namespace GovBudget.Rules;

/// <summary>Buffers reused by the rules of one validation run (a <see cref="RuleContext"/> is used by one thread).</summary>
internal sealed class RuleScratch
{
    private TermState[] _terms = new TermState[16];

    public List<(int Row, bool IsTotal)> SumRows { get; } = [];

    public List<Tables.RowKey> BindKeys { get; } = [];

    public List<Tables.RowKey> Bindings { get; } = [];

    private List<NotChecked>? _notChecked;

    /// <summary>How many relations the rules that count them (formula rules) have checked so far in this run.</summary>
    public int ChecksRun { get; set; }

    /// <summary>What rules could not check during the run (see <see cref="RuleContext.ReportNotChecked"/>); created on first use.</summary>
    public List<NotChecked> NotChecked => _notChecked ??= [];

    /// <summary>What rules could not check so far, without creating the list.</summary>
    public IReadOnlyList<NotChecked> NotCheckedSoFar => _notChecked ?? (IReadOnlyList<NotChecked>)[];

    private System.Collections.Immutable.ImmutableArray<Narrative.ProofreadingIssue>? _proofreading;

    /// <summary>The proofreading marks of the run's text, read once for all the TXT.PROOF rules.</summary>
    public System.Collections.Immutable.ImmutableArray<Narrative.ProofreadingIssue> Proofreading(Narrative.NarrativeText text, Disclosures.Disclosure disclosure)
        => _proofreading ??= Narrative.NarrativeProofreader.Check(text, disclosure);

    public TermState[] TermStates(int count)
    {
        if (_terms.Length < count)
        {
            _terms = new TermState[Math.Max(count, _terms.Length * 2)];
        }

        return _terms;
    }
}
