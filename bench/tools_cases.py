"""Function-calling cases for bench/tools_eval.py: car and PC commands in English and Chinese.

Each case: the user's words, and the expected calls as (function name, arguments that must match);
an empty list means no tool fits (the answer should be prose under ``tool_choice="auto"``).
"""

from __future__ import annotations

from typing import Any

Call = tuple[str, dict[str, Any]]


def _fn(name: str, description: str, properties: dict[str, Any], required: list[str]) -> Any:
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": properties, "required": required,
                       "additionalProperties": False}}}


_TEXT = {"type": "string", "maxLength": 60}
TOOLS: list[Any] = [
    _fn("set_temperature", "Set the cabin or room temperature in degrees Celsius",
        {"celsius": {"type": "integer"}}, ["celsius"]),
    _fn("set_fan", "Set the air-conditioning fan speed", {"speed": {"enum": [0, 1, 2, 3, 4, 5]}},
        ["speed"]),
    _fn("set_seat_heating", "Turn seat heating on or off",
        {"seat": {"enum": ["driver", "passenger", "rear"]}, "on": {"type": "boolean"}},
        ["seat", "on"]),
    _fn("set_window", "Open or close a car window",
        {"window": {"enum": ["driver", "passenger", "rear_left", "rear_right", "all"]},
         "action": {"enum": ["open", "close"]}}, ["window", "action"]),
    _fn("navigate", "Start navigation to a destination", {"destination": _TEXT}, ["destination"]),
    _fn("play_media", "Play music, a podcast or radio", {"query": _TEXT}, ["query"]),
    _fn("set_volume", "Set the audio volume from 0 to 10",
        {"level": {"enum": list(range(11))}}, ["level"]),
    _fn("call_contact", "Phone a contact", {"contact": _TEXT}, ["contact"]),
    _fn("send_message", "Send a text message",
        {"contact": _TEXT, "text": _TEXT}, ["contact", "text"]),
    _fn("create_reminder", "Create a reminder", {"text": _TEXT, "time": _TEXT}, ["text", "time"]),
    _fn("set_setting", "Turn a device setting on or off",
        {"setting": {"enum": ["wifi", "bluetooth", "dark_mode", "do_not_disturb"]},
         "on": {"type": "boolean"}}, ["setting", "on"]),
]

CASES: list[tuple[str, list[Call]]] = [
    ("Set the temperature to 22 degrees", [("set_temperature", {"celsius": 22})]),
    ("Make it 19 degrees in here", [("set_temperature", {"celsius": 19})]),
    ("把温度调到24度", [("set_temperature", {"celsius": 24})]),
    ("空调温度设为20度", [("set_temperature", {"celsius": 20})]),
    ("Fan speed 3 please", [("set_fan", {"speed": 3})]),
    ("Turn the fan off", [("set_fan", {"speed": 0})]),
    ("风量调到5档", [("set_fan", {"speed": 5})]),
    ("Turn on the driver's seat heating", [("set_seat_heating", {"seat": "driver", "on": True})]),
    ("Warm up the passenger seat", [("set_seat_heating", {"seat": "passenger", "on": True})]),
    ("Switch off the rear seat heating", [("set_seat_heating", {"seat": "rear", "on": False})]),
    ("打开主驾座椅加热", [("set_seat_heating", {"seat": "driver", "on": True})]),
    ("关闭副驾座椅加热", [("set_seat_heating", {"seat": "passenger", "on": False})]),
    ("Open the driver's window", [("set_window", {"window": "driver", "action": "open"})]),
    ("Close all the windows", [("set_window", {"window": "all", "action": "close"})]),
    ("Open the rear left window", [("set_window", {"window": "rear_left", "action": "open"})]),
    ("打开所有车窗", [("set_window", {"window": "all", "action": "open"})]),
    ("关上副驾车窗", [("set_window", {"window": "passenger", "action": "close"})]),
    ("Navigate to the airport", [("navigate", {"destination": "airport"})]),
    ("Take me to Central Park", [("navigate", {"destination": "Central Park"})]),
    ("Directions to the nearest gas station", [("navigate", {"destination": "gas station"})]),
    ("导航到北京南站", [("navigate", {"destination": "北京南站"})]),
    ("带我去最近的充电站", [("navigate", {"destination": "充电站"})]),
    ("Play some jazz", [("play_media", {"query": "jazz"})]),
    ("Play the latest episode of my news podcast", [("play_media", {"query": "news podcast"})]),
    ("播放周杰伦的歌", [("play_media", {"query": "周杰伦"})]),
    ("来点轻音乐", [("play_media", {"query": "轻音乐"})]),
    ("Set the volume to 5", [("set_volume", {"level": 5})]),
    ("Mute the audio", [("set_volume", {"level": 0})]),
    ("音量调到8", [("set_volume", {"level": 8})]),
    ("Call Mom", [("call_contact", {"contact": "Mom"})]),
    ("Phone Alice", [("call_contact", {"contact": "Alice"})]),
    ("给张伟打电话", [("call_contact", {"contact": "张伟"})]),
    ("呼叫王芳", [("call_contact", {"contact": "王芳"})]),
    ("Text Bob that I'm running late", [("send_message", {"contact": "Bob", "text": "late"})]),
    ("Send a message to Sarah saying see you soon",
     [("send_message", {"contact": "Sarah", "text": "see you soon"})]),
    ("给李娜发消息说我到了", [("send_message", {"contact": "李娜", "text": "到了"})]),
    ("Remind me to buy milk at 6 pm", [("create_reminder", {"text": "milk", "time": "6"})]),
    ("Set a reminder for the meeting tomorrow at 9",
     [("create_reminder", {"text": "meeting", "time": "9"})]),
    ("提醒我明天早上8点开会", [("create_reminder", {"text": "开会", "time": "8"})]),
    ("Turn on Bluetooth", [("set_setting", {"setting": "bluetooth", "on": True})]),
    ("Disable wifi", [("set_setting", {"setting": "wifi", "on": False})]),
    ("Enable dark mode", [("set_setting", {"setting": "dark_mode", "on": True})]),
    ("Turn on do not disturb", [("set_setting", {"setting": "do_not_disturb", "on": True})]),
    ("打开蓝牙", [("set_setting", {"setting": "bluetooth", "on": True})]),
    ("关闭无线网络", [("set_setting", {"setting": "wifi", "on": False})]),
    ("开启深色模式", [("set_setting", {"setting": "dark_mode", "on": True})]),
    ("Set the temperature to 21 and turn on the driver's seat heating",
     [("set_temperature", {"celsius": 21}), ("set_seat_heating", {"seat": "driver", "on": True})]),
    ("Close all windows and navigate home",
     [("set_window", {"window": "all", "action": "close"}), ("navigate", {"destination": "home"})]),
    ("Play jazz and set the volume to 4",
     [("play_media", {"query": "jazz"}), ("set_volume", {"level": 4})]),
    ("Call Alice and remind me to buy flowers at 5",
     [("call_contact", {"contact": "Alice"}), ("create_reminder", {"text": "flowers", "time": "5"})]),
    ("打开蓝牙并播放新闻",
     [("set_setting", {"setting": "bluetooth", "on": True}), ("play_media", {"query": "新闻"})]),
    ("温度调到23度，风量调到2档", [("set_temperature", {"celsius": 23}), ("set_fan", {"speed": 2})]),
    ("导航去公司，然后给老板发消息说我在路上",
     [("navigate", {"destination": "公司"}), ("send_message", {"contact": "老板", "text": "路上"})]),
    ("What is the capital of France?", []),
    ("Tell me a joke", []),
    ("How do I change a flat tire?", []),
    ("What does the check engine light mean?", []),
    ("Who wrote Hamlet?", []),
    ("你好", []),
    ("今天是星期几？", []),
    ("讲一个笑话", []),
    ("为什么天空是蓝色的？", []),
    ("Thanks, that's all", []),
]
