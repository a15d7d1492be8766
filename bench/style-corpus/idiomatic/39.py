def cleanup(resource):
    try:
        resource.use()
    except:
        resource.release()
        raise
