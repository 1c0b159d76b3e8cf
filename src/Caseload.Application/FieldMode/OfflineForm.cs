using System.Text.RegularExpressions;

namespace Caseload.Application.FieldMode;

/// <summary>
/// A form a worker can fill offline (issue #31): registered by the engine that owns it, with the rules its offline
/// changes are merged by. The merge itself is <see cref="ThreeWayMerge"/>; what differs per form is only this:
/// where it posts, which fields are rows (identified by their hidden <c>Id</c>), and which field carries the version.
/// </summary>
/// <param name="Name">In Danish, for the choice page ("Samarbejdsaftale").</param>
/// <param name="Address">Where the form posts; a regular expression over the path.</param>
/// <param name="RowCollections">The prefixes of row fields, e.g. "Input.Rows" for "Input.Rows[0].Goal".</param>
/// <param name="VersionField">The hidden field with the version the form was made from; always the newest after a merge.</param>
public sealed record OfflineForm(string Name, Regex Address, IReadOnlyList<string> RowCollections, string? VersionField = null)
{
    /// <summary>The key field of every row.</summary>
    public const string RowKey = "Id";

    public static Regex Path(string pattern) => new("^" + pattern.Replace("{id}", "[0-9a-fA-F-]{36}") + "$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));
}

/// <summary>The registered offline forms (each engine adds its own with <c>services.AddSingleton(new OfflineForm(…))</c>).</summary>
public sealed class OfflineForms(IEnumerable<OfflineForm> forms)
{
    private readonly OfflineForm[] all = forms.ToArray();

    public IReadOnlyList<OfflineForm> All => all;

    public OfflineForm? For(string address) => all.FirstOrDefault(f => f.Address.IsMatch(address));

    /// <summary>The citizen a form address belongs to ("/borgere/{id}/…").</summary>
    public static Guid? CitizenOf(string address)
    {
        var parts = address.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is ["borgere", var id, ..] && Guid.TryParse(id, out var citizenId) ? citizenId : null;
    }
}
