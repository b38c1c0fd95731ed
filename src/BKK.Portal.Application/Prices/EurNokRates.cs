using System.Globalization;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// EUR→NOK exchange rates by Oslo date: each rate applies from its date until the next one's date
/// (the last one from its date on); before the first date there is none. Checked when made, so a
/// wrong setting stops the import with a message naming the key.
/// </summary>
public sealed class EurNokRates
{
    private readonly DateOnly[] _from;
    private readonly decimal[] _rates;

    /// <param name="ratesFrom">"yyyy-MM-dd" (an Oslo date) → the rate from that date on.</param>
    /// <exception cref="InvalidOperationException">A key is not a date or a rate is not above 0.</exception>
    public EurNokRates(IReadOnlyDictionary<string, decimal> ratesFrom)
    {
        var rates = new SortedDictionary<DateOnly, decimal>();
        foreach (var (key, rate) in ratesFrom)
        {
            var setting = $"{SpotPriceImportOptions.SectionName}:EurNok:{key}";
            if (!DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidOperationException($"{setting}: the key is not a date of the form yyyy-MM-dd.");
            }

            if (rate <= 0)
            {
                throw new InvalidOperationException($"{setting}: the EUR→NOK rate must be above 0; it is {rate.ToString(CultureInfo.InvariantCulture)}.");
            }

            rates.Add(date, rate); // keys of a dictionary are distinct, and so are the dates they parse to
        }

        _from = [.. rates.Keys];
        _rates = [.. rates.Values];
    }

    /// <summary>No rates at all: only files already in NOK can be imported.</summary>
    public static EurNokRates None { get; } = new(new Dictionary<string, decimal>());

    /// <summary>The rate that applies on <paramref name="osloDate"/>, or null before the first date.</summary>
    public decimal? RateOn(DateOnly osloDate)
    {
        var index = Array.BinarySearch(_from, osloDate);
        if (index < 0)
        {
            index = ~index - 1; // the last date before osloDate
        }

        return index >= 0 ? _rates[index] : null;
    }
}
