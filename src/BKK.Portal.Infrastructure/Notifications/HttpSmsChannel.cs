using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// SMS through an HTTP gateway on the shape of LINK Mobility's REST API (ADR 0027): a POST of JSON per message with
/// the sender, the number, the text and the idempotency key as <c>refId</c> (and in the <c>Idempotency-Key</c>
/// header); the gateway accepts a key once and answers a repeat with the first answer. A 2xx answer with result code
/// 1005 (queued) is accepted; 400 and a refused number are not tried again; 5xx, 429, 401/403 and timeouts are.
/// </summary>
public sealed class HttpSmsChannel(IHttpClientFactory clients, IOptions<SmsGatewayOptions> options) : IMessageChannel
{
    /// <summary>The gateway's result code for a message it has taken.</summary>
    public const int Queued = 1005;

    private readonly SmsGatewayOptions _options = options.Value;

    public NotificationChannel Channel => NotificationChannel.Sms;

    public int? PerSecond => _options.PerSecond;

    public string Description => $"SMS gateway {new Uri(_options.Endpoint!).GetLeftPart(UriPartial.Path)}";

    public async Task<IReadOnlyList<DeliveryResult>> SendAsync(IReadOnlyList<OutboxMessage> messages, SendPacer pacer, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(nameof(HttpSmsChannel)); // per round: the factory renews its handlers

        // The first alone, then the rest at once: in a process that has not sent yet, the first request is slow (it
        // compiles and connects), and the ones paced after it would reach the gateway together with it.
        await pacer.WaitAsync(cancellationToken);
        var first = await SendOneAsync(http, messages[0], cancellationToken);
        var rest = await Task.WhenAll(messages.Skip(1).Select(async message =>
        {
            await pacer.WaitAsync(cancellationToken);
            return await SendOneAsync(http, message, cancellationToken);
        }));
        return [first, .. rest];
    }

    private async Task<DeliveryResult> SendOneAsync(HttpClient http, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint)
        {
            Content = JsonContent.Create(new SmsRequest(
                _options.Sender, "ALPHANUMERIC", message.Recipient, "MSISDN", message.Body, _options.PlatformId,
                _options.PlatformPartnerId, message.IdempotencyKey, false)),
        };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.ApiKey}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<SmsResponse>(timeout.Token);
                return answer?.ResultCode == Queued
                    ? DeliveryResult.Sent(answer.MessageId)
                    : DeliveryResult.GiveUp($"sms result {answer?.ResultCode}");
            }

            return response.StatusCode == HttpStatusCode.BadRequest
                ? DeliveryResult.GiveUp("sms http 400")
                : DeliveryResult.TryAgain($"sms http {(int)response.StatusCode}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.TryAgain("sms timeout");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Text.Json.JsonException)
        {
            return DeliveryResult.TryAgain($"sms {e.GetType().Name}");
        }
    }

    /// <summary>The request body (LINK Mobility's field names).</summary>
    public sealed record SmsRequest(
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("sourceTON")] string SourceTon,
        [property: JsonPropertyName("destination")] string Destination,
        [property: JsonPropertyName("destinationTON")] string DestinationTon,
        [property: JsonPropertyName("userData")] string UserData,
        [property: JsonPropertyName("platformId")] string PlatformId,
        [property: JsonPropertyName("platformPartnerId")] string? PlatformPartnerId,
        [property: JsonPropertyName("refId")] string RefId,
        [property: JsonPropertyName("useDeliveryReport")] bool UseDeliveryReport);

    /// <summary>The answer to a request.</summary>
    public sealed record SmsResponse(
        [property: JsonPropertyName("messageId")] string? MessageId,
        [property: JsonPropertyName("resultCode")] int ResultCode,
        [property: JsonPropertyName("description")] string? Description);
}
