using GovBudget.Disclosures;

namespace GovBudget.Rules;

/// <summary>
/// An invariant as data: a stable id, a class (基本平衡/逻辑性/核实性), a description in Chinese and English, a guard
/// and a formula. The rule catalogue in <c>docs/rules.md</c> is generated from these objects.
/// </summary>
public abstract class Rule
{
    /// <summary>Creates a rule.</summary>
    /// <exception cref="ArgumentException">The id or a description is empty.</exception>
    protected Rule(string id, RuleClass ruleClass, string descriptionZh, string descriptionEn, RuleGuard guard = RuleGuard.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptionZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptionEn);
        Id = id;
        Class = ruleClass;
        DescriptionZh = descriptionZh;
        DescriptionEn = descriptionEn;
        Guard = guard;
    }

    /// <summary>The stable id (<c>BUD.T5-1.COLS</c>), used in findings, overrides and fixtures.</summary>
    public string Id { get; }

    /// <summary>The class, which gives the default severity.</summary>
    public RuleClass Class { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>Extra conditions for the rule to apply.</summary>
    public RuleGuard Guard { get; }

    /// <summary>The formula as text (a formula for formula rules; a statement of the family for the others).</summary>
    public abstract string FormulaText { get; }

    /// <summary>The tables the rule reads; the rule applies only when they are all present.</summary>
    public abstract IReadOnlyList<string> Tables { get; }

    /// <summary>
    /// Evaluates the rule and returns its findings (never throws for bad data: when a sum, difference or ratio leaves
    /// the range of <see cref="Amounts.Amount"/> or <see cref="decimal"/>, the findings end with one
    /// "数值超出可核对范围" finding, as in <see cref="Validator.Validate"/>).
    /// </summary>
    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(context.Disclosure))
        {
            return [];
        }

        return Guarded(context);
    }

    private IEnumerable<Finding> Guarded(RuleContext context)
    {
        IEnumerator<Finding>? findings = null;
        try
        {
            while (true)
            {
                Finding? current = null;
                var outOfRange = false;
                try
                {
                    findings ??= EvaluateCore(context).GetEnumerator();
                    if (!findings.MoveNext())
                    {
                        yield break;
                    }

                    current = findings.Current;
                }
                catch (ArithmeticException)
                {
                    outOfRange = true;
                }

                if (outOfRange)
                {
                    yield return RuleContext.OutOfRange(this, context);
                    yield break;
                }

                yield return current!;
            }
        }
        finally
        {
            findings?.Dispose();
        }
    }

    /// <summary>The rule's checks, once its guard holds.</summary>
    protected abstract IEnumerable<Finding> EvaluateCore(RuleContext context);

    /// <summary>Evaluates the rule into <paramref name="sink"/> when it applies (what <see cref="Evaluate"/> yields).</summary>
    internal void EvaluateInto(RuleContext context, List<Finding> sink)
    {
        if (Applies(context.Disclosure))
        {
            EvaluateCoreInto(context, sink);
        }
    }

    /// <summary>
    /// The rule's checks into a list. Built-in families override it with an allocation-free success path; the default
    /// runs <see cref="EvaluateCore"/>.
    /// </summary>
    internal virtual void EvaluateCoreInto(RuleContext context, List<Finding> sink) => sink.AddRange(EvaluateCore(context));

    /// <summary>The findings of <see cref="EvaluateCoreInto"/> as a list, for families that override it.</summary>
    private protected List<Finding> CollectFindings(RuleContext context)
    {
        var findings = new List<Finding>();
        EvaluateCoreInto(context, findings);
        return findings;
    }

    /// <summary>
    /// <see langword="true"/> when the rule reads the explanatory text and has none to read (no
    /// <see cref="ValidationOptions.Narrative"/>, nor anything else it could check): its status is then
    /// <see cref="RuleState.NotChecked"/> with <see cref="NotCheckedReason.NoText"/>, not "ran".
    /// </summary>
    internal virtual bool LacksText(Disclosure disclosure, ValidationOptions options) => false;

    /// <summary><see langword="true"/> when the rule's tables are present and its guard holds.</summary>
    public virtual bool Applies(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var tables = Tables;
        for (var i = 0; i < tables.Count; i++)
        {
            if (disclosure.FindTable(tables[i]) is null)
            {
                return false;
            }
        }

        if ((Guard & RuleGuard.AdministrativeUnitsOnly) != 0
            && (disclosure.Department.Units.Count == 0
                || disclosure.Department.Units.Any(u => u.Kind is not (UnitKind.Administrative or UnitKind.CivilServiceManaged))))
        {
            return false;
        }

        return true;
    }

    /// <summary>The id and formula.</summary>
    public override string ToString() => $"{Id}: {FormulaText}";
}
