using System.CommandLine;
using GovBudget.Rules;
using GovBudget.Rules.Sets;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget rules</c>: prints the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var set = new Option<string?>("--set") { Description = "Only this rule set: budget, budget-legacy or settlement" };
        set.AcceptOnlyFromAmong("budget", "budget-legacy", "settlement");
        var format = new Option<string>("--format") { Description = "md (Markdown, default) or text", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "text");
        var command = new Command("rules", "List the built-in rules (id, class, description, formula)") { set, format };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(set);
            var sets = BuiltInRuleSets.All.Where(s => name is null || s.Name == name).ToList();
            if (parse.GetValue(format) == "md")
            {
                Console.Out.Write(RuleCatalogue.ToMarkdown(sets));
            }
            else
            {
                foreach (var rule in sets.SelectMany(s => s.Rules))
                {
                    Console.Out.WriteLine($"{rule.Id}\t{rule.Class.NameZh()}\t{rule.DescriptionZh}\t{rule.FormulaText}");
                }
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
