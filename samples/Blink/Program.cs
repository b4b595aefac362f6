using McuSharp.Device;

namespace Blink;

/// <summary>
/// Blinks the board's own LED (<see cref="Pin.Led"/>: GPIO 2 on ESP8266/ESP32, "LED" on a Pico W) once a second. Hold
/// the button (GPIO 14 to GND) and it blinks five times as fast. The button is polled between blinks: no IRQ handler,
/// no busy-wait.
/// </summary>
public static class Program
{
    private const int ButtonPin = 14;
    private const int SlowHalfPeriodMs = 500;
    private const int FastHalfPeriodMs = 100;

    public static void Main()
    {
        var led = Pin.Led;
        var button = new Pin(ButtonPin, PinMode.In, PinPull.Up);
        var fast = false;
        var blinks = 0;
        Console.WriteLine("Blinking");
        while (true)
        {
            var pressed = button.Value == 0;
            if (pressed != fast)
            {
                fast = pressed;
                Console.WriteLine(fast ? $"Button held after {blinks} blinks: fast" : $"Button released after {blinks} blinks: slow");
            }
            var halfPeriod = fast ? FastHalfPeriodMs : SlowHalfPeriodMs;
            led.On();
            Time.SleepMs(halfPeriod);
            led.Off();
            Time.SleepMs(halfPeriod);
            blinks++;
        }
    }
}
