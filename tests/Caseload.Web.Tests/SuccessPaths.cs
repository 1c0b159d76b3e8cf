using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Caseload.Application.Common.Time;
using Caseload.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Caseload.Web.Tests;

/// <summary>Helpers for the success-path tests (issue #26 item 7): a user fills in a form as the page shows it, changes
/// a few fields and sends it, the way a browser would — so the tests guard what users see while the code underneath is
/// refactored.</summary>
internal static class SuccessPaths
{
    /// <summary>Moves the fixed clock forward to a Danish wall-clock time, "yyyy-MM-dd HH:mm".</summary>
    public static void MoveTo(this FakeTimeProvider clock, string danishTime)
    {
        var local = DateTime.ParseExact(danishTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        DanishTime.TryToUtc(local, out var utc).ShouldBeTrue();
        clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    /// <summary>A new browser session, signed in (a day later the old one has long expired).</summary>
    public static async Task<TestClient> SignedInAsync(this CaseloadAppFactory app, string email)
    {
        var client = TestClient.For(app);
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>The form on the page whose action ends with <paramref name="formAction"/> (query and fragment ignored).</summary>
    public static IHtmlFormElement Form(this IHtmlDocument page, string formAction)
        => page.Forms.SingleOrDefault(f => (f.GetAttribute("action") ?? "").Split('?', '#')[0].EndsWith(formAction, StringComparison.Ordinal))
           ?? throw new InvalidOperationException($"No form for {formAction} on the page «{page.Title}»");

    /// <summary>The value of the option whose text is <paramref name="text"/> in the select named <paramref name="name"/> (a worker
    /// picker adds the worker's load in brackets: "Jonas Berg (9 borgere · …)").</summary>
    public static string Option(this IHtmlFormElement form, string name, string text)
        => form.QuerySelectorAll($"select[name='{name}'] option")
            .Single(o => o.TextContent.Trim() == text || o.TextContent.Trim().StartsWith(text + " (", StringComparison.Ordinal)).GetAttribute("value")!;

    /// <summary>The value the form shows in a field (what the user would send without touching it).</summary>
    public static string? ValueOf(this IHtmlFormElement form, string name) => Fields(form).FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Loads <paramref name="pageUrl"/>, takes the form for <paramref name="formAction"/> as shown, replaces the
    /// fields named in <paramref name="set"/> (a name given twice posts both values) and sends it. The answer must be a
    /// redirect (post/redirect/get); its target is returned. On a refusal the page's Danish messages are in the failure.</summary>
    public static async Task<string> SubmitAsync(this TestClient client, string pageUrl, string formAction, params (string Name, string Value)[] set)
    {
        var form = (await client.GetPageAsync(pageUrl)).Form(formAction);
        var names = set.Select(s => s.Name).ToHashSet();
        var fields = Fields(form).Where(f => !names.Contains(f.Key)).Concat(set.Select(s => KeyValuePair.Create(s.Name, s.Value))).ToList();
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await TestClient.ParseAsync(response);
            throw new ShouldAssertException($"POST {formAction} gave {(int)response.StatusCode}: {page.QuerySelector("#fejl-oversigt")?.TextContent.Trim()}");
        }
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>What a browser posts from a form: every named field, ticked boxes and chosen radio buttons only.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.Elements)
        {
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box: if (box.IsChecked && box.Name is not null) fields.Add(new(box.Name, box.Value)); break;
                case IHtmlInputElement { Name: not null } input: fields.Add(new(input.Name, input.Value)); break;
                case IHtmlTextAreaElement { Name: not null } area: fields.Add(new(area.Name, area.Value)); break;
                case IHtmlSelectElement { Name: not null } select: fields.Add(new(select.Name, select.Value ?? "")); break;
            }
        }
        return fields;
    }
}
