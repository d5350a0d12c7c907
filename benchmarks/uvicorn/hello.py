"""The same hello app as Wharf's samples/hello, for Uvicorn: the side-by-side baseline."""


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await receive()
    await send({
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
    })
    await send({"type": "http.response.body", "body": b"hello from ASGI"})
